import 'server-only';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { getPrisma } from '@/lib/db/client';
import { formatZonedDateTime } from '@/lib/format/zoned-date-time';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import type { ArticleFormFields } from './article-form-fields';
import { isArticleLockFresh } from './article-lock-freshness';

export interface ArticleLockHolder {
  holderId: string;
  holderName: string;
  /** ISO time the holder opened the editor. */
  since: string;
}

/** Everything the editor page needs, serialisable (times as ISO strings). */
export interface ArticleForEditing {
  id: string;
  version: number;
  status: ArticleStatus;
  /** The stored slug, also while it follows the title (then fields.slug is ''). */
  slug: string;
  slugAuto: boolean;
  hasBeenPublished: boolean;
  /** Who created the article (null when imported from the command line or the account is gone). */
  createdById: string | null;
  fields: ArticleFormFields;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** scheduledAt as 'YYYY-MM-DDTHH:mm' in the site time zone, or ''. */
  scheduledAtLocal: string;
  timeZone: string;
  updatedAt: string;
  updatedByName: string | null;
  /** Set when the article is in the trash. */
  deletedAt: string | null;
  /** Who has the editor open, when their heartbeat is recent; never the lock token. */
  lock: ArticleLockHolder | null;
}

export async function getArticleForEditing(id: string): Promise<ArticleForEditing | null> {
  const article = await getPrisma().article.findUnique({
    where: { id },
    include: {
      tags: { orderBy: { position: 'asc' }, include: { tag: { select: { name: true } } } },
      updatedBy: { select: { name: true } },
      lockedBy: { select: { id: true, name: true } },
    },
  });
  if (!article) return null;
  const parsed = parseTiptapDoc(article.body);
  // Every write path validates bodies, so this only happens after a manual database edit.
  if (!parsed.ok) console.error(`article ${article.id} has an invalid stored body: ${parsed.error}`);
  const timeZone = getSiteTimeZone();
  // A published article's slug is fixed even when it was never edited (imported and published).
  const slugAuto = article.slugAuto && article.publishedAt === null;
  const lock = article.lockedBy && article.lockedAt && isArticleLockFresh(article, new Date())
    ? { holderId: article.lockedBy.id, holderName: article.lockedBy.name, since: article.lockedAt.toISOString() }
    : null;
  return {
    id: article.id,
    version: article.version,
    status: article.status,
    slug: article.slug,
    slugAuto,
    hasBeenPublished: article.publishedAt !== null,
    createdById: article.createdById,
    fields: {
      title: article.title,
      slug: slugAuto ? '' : article.slug,
      excerpt: article.excerpt,
      excerptAuto: article.excerptAuto,
      sourceName: article.sourceName ?? '',
      sourceUrl: article.sourceUrl ?? '',
      byline: article.byline ?? '',
      datelinePlace: article.datelinePlace ?? '',
      originalPublishedAt: article.originalPublishedAt?.toISOString().slice(0, 10) ?? '',
      tags: article.tags.map((link) => link.tag.name).join(', '),
      seoTitle: article.seoTitle ?? '',
      seoDescription: article.seoDescription ?? '',
      needsReview: article.needsReview,
      script: article.script,
      body: parsed.ok ? parsed.doc : emptyDoc(),
    },
    publishedAt: article.publishedAt?.toISOString() ?? null,
    scheduledAt: article.scheduledAt?.toISOString() ?? null,
    scheduledAtLocal: article.scheduledAt ? formatZonedDateTime(article.scheduledAt, timeZone) : '',
    timeZone,
    updatedAt: article.updatedAt.toISOString(),
    updatedByName: article.updatedBy?.name ?? null,
    deletedAt: article.deletedAt?.toISOString() ?? null,
    lock,
  };
}
