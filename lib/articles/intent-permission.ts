import type { Action } from '@/lib/auth/can';
import type { ArticleIntent } from './article-input-schema';

/** Saving keeps the status; every other intent decides whether readers see the article. */
export function intentPermission(intent: ArticleIntent): Action {
  return intent === 'save' || intent === 'autosave' ? 'article:edit' : 'article:publish';
}
