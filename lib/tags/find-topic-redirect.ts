import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** The current slug of the tag that used to be at `slug` (renamed or merged away), or null. */
export async function findTopicRedirect(slug: string): Promise<string | null> {
  const redirect = await getPrisma().tagSlugRedirect.findUnique({
    where: { slug },
    select: { tag: { select: { slug: true } } },
  });
  const current = redirect?.tag.slug;
  // A redirect to itself would loop; the topic's own page answers for its current slug.
  return !current || current === slug ? null : current;
}
