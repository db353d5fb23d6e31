import type { ArticleStatus } from '@/lib/db/generated/enums';
import type { FieldErrorCode } from '@/lib/errors/app-error';
import { isDocEmpty } from '@/lib/rich-text/is-doc-empty';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import type { ArticleIntent } from './article-input-schema';

export interface PublishableCheck {
  intent: ArticleIntent;
  nextStatus: ArticleStatus;
  title: string;
  body: TiptapDoc;
  needsReview: boolean;
  confirmReview: boolean;
}

/**
 * What stops the article from going (or staying) in front of readers: a title and a body are
 * needed for every status but DRAFT; publishing or scheduling an article flagged for review
 * needs the editor's confirmation.
 */
export function checkPublishable(check: PublishableCheck): Record<string, FieldErrorCode> {
  const fieldErrors: Record<string, FieldErrorCode> = {};
  if (check.nextStatus === 'DRAFT') return fieldErrors;
  if (check.title.trim() === '') fieldErrors.title = 'required';
  if (isDocEmpty(check.body)) fieldErrors.body = 'required';
  const isGoingPublic = check.intent === 'publish' || check.intent === 'schedule';
  if (isGoingPublic && check.needsReview && !check.confirmReview) fieldErrors.needsReview = 'needsConfirmation';
  return fieldErrors;
}
