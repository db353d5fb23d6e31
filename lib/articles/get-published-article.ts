import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import { emptyDoc } from '@/lib/rich-text/empty-doc';

/**
 * A public article by slug with its topics in order: PUBLISHED, or ARCHIVED (still readable at its
 * URL, with `archived` set). Drafts, scheduled and trashed articles and unknown slugs give null.
 */
export async function getPublishedArticle(slug: string) {
  const article = await getPrisma().article.findUnique({
    where: { slug },
    select: {
      title: true, slug: true, excerpt: true, body: true, status: true, script: true, deletedAt: true,
      seoTitle: true, seoDescription: true,
      byline: true, sourceName: true, sourceUrl: true, datelinePlace: true,
      originalPublishedAt: true, publishedAt: true, contentUpdatedAt: true,
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  if (!article || article.deletedAt || (article.status !== 'PUBLISHED' && article.status !== 'ARCHIVED')) return null;
  const parsed = parseTiptapDoc(article.body);
  // Every write path validates bodies, so this only happens after a manual database edit.
  if (!parsed.ok) console.error(`article ${article.slug} has an invalid stored body: ${parsed.error}`);
  const { deletedAt: _deletedAt, ...fields } = article;
  return {
    ...fields,
    archived: article.status === 'ARCHIVED',
    body: parsed.ok ? parsed.doc : emptyDoc(),
    tags: article.tags.map((link) => link.tag),
  };
}

/**
 * A public article as the reader components show it. Its content's last change is not among the
 * fields (only the page's metadata reads it from getPublishedArticle), so variants and tests that
 * build one need not invent it.
 */
export type PublishedArticle = Omit<NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>, 'contentUpdatedAt'>;
