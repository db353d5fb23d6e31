import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';

export interface ArticleForEditing {
  id: string;
  title: string;
  slug: string;
  status: string;
  version: number;
  body: TiptapDoc;
  tags: string[];
  needsReview: boolean;
  updatedAt: Date;
}

export async function getArticleForEditing(id: string): Promise<ArticleForEditing | null> {
  const article = await getPrisma().article.findUnique({
    where: { id },
    include: { tags: { orderBy: { position: 'asc' }, include: { tag: { select: { name: true } } } } },
  });
  if (!article) return null;
  const parsed = parseTiptapDoc(article.body);
  // Every write path validates bodies, so this only happens after a manual database edit.
  if (!parsed.ok) console.error(`article ${article.id} has an invalid stored body: ${parsed.error}`);
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    status: article.status,
    version: article.version,
    body: parsed.ok ? parsed.doc : emptyDoc(),
    tags: article.tags.map((link) => link.tag.name),
    needsReview: article.needsReview,
    updatedAt: article.updatedAt,
  };
}
