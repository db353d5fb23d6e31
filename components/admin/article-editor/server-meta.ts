import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import type { SaveArticleResult } from '@/lib/articles/save-article';
import { formatZonedDateTime } from '@/lib/format/zoned-date-time';

export type ArticleStatus = ArticleForEditing['status'];

/** What the editor knows about the article as the server last stored it. */
export interface ServerMeta {
  version: number;
  status: ArticleStatus;
  slug: string;
  slugAuto: boolean;
  hasBeenPublished: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** scheduledAt as 'YYYY-MM-DDTHH:mm' in the site time zone, or ''. */
  scheduledAtLocal: string;
  deletedAt: string | null;
}

export function metaFromArticle(article: ArticleForEditing): ServerMeta {
  return {
    version: article.version,
    status: article.status,
    slug: article.slug,
    slugAuto: article.slugAuto,
    hasBeenPublished: article.hasBeenPublished,
    publishedAt: article.publishedAt,
    scheduledAt: article.scheduledAt,
    scheduledAtLocal: article.scheduledAtLocal,
    deletedAt: article.deletedAt,
  };
}

export function metaAfterSave(meta: ServerMeta, result: SaveArticleResult, timeZone: string): ServerMeta {
  return {
    ...meta,
    version: result.version,
    status: result.status,
    slug: result.slug,
    slugAuto: result.slugAuto,
    hasBeenPublished: meta.hasBeenPublished || result.publishedAt !== null,
    publishedAt: result.publishedAt,
    scheduledAt: result.scheduledAt,
    scheduledAtLocal: result.scheduledAt ? formatZonedDateTime(new Date(result.scheduledAt), timeZone) : '',
  };
}

/** Readers can open the article: published, or archived (still readable at its URL), and not in the trash. */
export function isPublic(meta: ServerMeta): boolean {
  return (meta.status === 'PUBLISHED' || meta.status === 'ARCHIVED') && meta.deletedAt === null;
}

/** Published articles are saved on purpose (Update), never in the background. */
export function isAutosaved(status: ArticleStatus): boolean {
  return status === 'DRAFT' || status === 'SCHEDULED';
}
