import 'server-only';
import type { ArticleViewModel } from '@/components/public/article-view';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';

export interface ArticlePreview {
  view: ArticleViewModel;
  status: ArticleStatus;
  isTrashed: boolean;
  /** ISO time of the last save: an editor's hand-over older than this is out of date. */
  updatedAt: string;
}

/** The stored article (drafts and trashed ones included) as the reader's page would show it. */
export async function getArticlePreview(id: string): Promise<ArticlePreview | null> {
  const article = await getPrisma().article.findUnique({
    where: { id },
    select: {
      title: true, script: true, byline: true, datelinePlace: true, publishedAt: true, sourceName: true, sourceUrl: true,
      originalPublishedAt: true, body: true, status: true, deletedAt: true, updatedAt: true,
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  if (!article) return null;
  const body = parseTiptapDoc(article.body);
  const { tags, status, deletedAt, updatedAt, ...view } = article;
  return {
    view: { ...view, body: body.ok ? body.doc : emptyDoc(), tags: tags.map((link) => link.tag) },
    status,
    isTrashed: deletedAt !== null,
    updatedAt: updatedAt.toISOString(),
  };
}
