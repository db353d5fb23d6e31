import type { ActionResult } from '@/lib/actions/action-result';

/** The tagHealth message for a failed tag action: what the admin can act on, else a generic one. */
export function actionErrorKey(result: ActionResult<unknown> | null): 'errors.FORBIDDEN' | 'errors.NOT_FOUND' | 'errors.INTERNAL' {
  if (result?.ok === false && (result.error === 'FORBIDDEN' || result.error === 'NOT_FOUND')) return `errors.${result.error}`;
  return 'errors.INTERNAL';
}
