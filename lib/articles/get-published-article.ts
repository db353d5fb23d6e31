import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import { emptyDoc } from '@/lib/rich-text/empty-doc';

/** A published article by slug with its topics in order; drafts and unknown slugs give null. */
export async function getPublishedArticle(slug: string) {
  const article = await getPrisma().article.findUnique({
    where: { slug },
    select: {
      title: true, slug: true, excerpt: true, body: true, status: true, script: true,
      byline: true, sourceName: true, sourceUrl: true, datelinePlace: true,
      originalPublishedAt: true, publishedAt: true,
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  if (!article || article.status !== 'PUBLISHED') return null;
  const parsed = parseTiptapDoc(article.body);
  // Every write path validates bodies, so this only happens after a manual database edit.
  if (!parsed.ok) console.error(`article ${article.slug} has an invalid stored body: ${parsed.error}`);
  return {
    ...article,
    body: parsed.ok ? parsed.doc : emptyDoc(),
    tags: article.tags.map((link) => link.tag),
  };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;
