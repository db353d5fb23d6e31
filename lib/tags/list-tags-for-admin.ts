import 'server-only';
import { getPrisma } from '@/lib/db/client';

export async function listTagsForAdmin(options: { limit?: number } = {}) {
  const tags = await getPrisma().tag.findMany({
    orderBy: { name: 'asc' },
    take: options.limit ?? 200,
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
  return tags.map(({ _count, ...tag }) => ({ ...tag, articleCount: _count.articles }));
}
