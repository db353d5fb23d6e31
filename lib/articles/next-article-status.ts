import type { ArticleStatus } from '@/lib/db/generated/enums';
import type { ArticleIntent } from './article-input-schema';

const transitions: Record<ArticleIntent, Partial<Record<ArticleStatus, ArticleStatus>>> = {
  // Published articles are saved on purpose, never in the background.
  autosave: { DRAFT: 'DRAFT', SCHEDULED: 'SCHEDULED' },
  save: { DRAFT: 'DRAFT', SCHEDULED: 'SCHEDULED', PUBLISHED: 'PUBLISHED', ARCHIVED: 'ARCHIVED' },
  publish: { DRAFT: 'PUBLISHED', SCHEDULED: 'PUBLISHED', PUBLISHED: 'PUBLISHED', ARCHIVED: 'PUBLISHED' },
  schedule: { DRAFT: 'SCHEDULED', SCHEDULED: 'SCHEDULED' },
  unpublish: { PUBLISHED: 'DRAFT', SCHEDULED: 'DRAFT', ARCHIVED: 'DRAFT' },
  archive: { PUBLISHED: 'ARCHIVED' },
};

/** The status an article in `status` moves to on `intent`, or null when the intent does not apply. */
export function nextArticleStatus(status: ArticleStatus, intent: ArticleIntent): ArticleStatus | null {
  return transitions[intent][status] ?? null;
}
