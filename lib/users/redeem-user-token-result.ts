import 'server-only';
import type { ActionResult } from '@/lib/actions/action-result';
import { fieldErrorsFromZod } from '@/lib/actions/field-errors-from-zod';
import { isAppError } from '@/lib/errors/app-error';
import type { UserTokenPurpose } from './create-user-token';
import { redeemUserToken } from './redeem-user-token';
import { redeemUserTokenInputSchema } from './user-input-schema';

/**
 * The invite and reset pages' action, for visitors who are not signed in: the link's token is the
 * permission. A malformed token answers as an unknown one does (NOT_FOUND).
 */
export async function redeemUserTokenResult(purpose: UserTokenPurpose, input: unknown): Promise<ActionResult<null>> {
  const parsed = redeemUserTokenInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFromZod(parsed.error);
    return fieldErrors.token ? { ok: false, error: 'NOT_FOUND' } : { ok: false, error: 'VALIDATION', fieldErrors };
  }
  try {
    await redeemUserToken({ token: parsed.data.token, purpose, password: parsed.data.password });
    return { ok: true, data: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
    // The message only: the token must not reach the logs.
    console.error('setting a password through a link failed', error instanceof Error ? error.message : 'unknown error');
    return { ok: false, error: 'INTERNAL' };
  }
}
