import type { AppErrorCode, FieldErrorCode } from '@/lib/errors/app-error';

export type { FieldErrorCode };

export type ActionErrorCode = AppErrorCode | 'INTERNAL';

/** What every server action returns; the UI turns codes into messages in the user's language. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionErrorCode; fieldErrors?: Record<string, FieldErrorCode> };
