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
  /** The saved version: an editor's hand-over built on an older one is out of date. */
  version: number;
}

/** The stored article (drafts and trashed ones included) as the reader's page would show it. */
export async function getArticlePreview(id: string): Promise<ArticlePreview | null> {
  const article = await getPrisma().article.findUnique({
    where: { id },
    select: {
      title: true, script: true, byline: true, datelinePlace: true, publishedAt: true, sourceName: true, sourceUrl: true,
      originalPublishedAt: true, body: true, status: true, deletedAt: true, version: true,
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  if (!article) return null;
  const body = parseTiptapDoc(article.body);
  const { tags, status, deletedAt, version, ...view } = article;
  return {
    view: { ...view, body: body.ok ? body.doc : emptyDoc(), tags: tags.map((link) => link.tag) },
    status,
    isTrashed: deletedAt !== null,
    version,
  };
}
