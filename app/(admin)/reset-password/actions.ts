'use server';

import { redeemUserTokenResult } from '@/lib/users/redeem-user-token-result';

/** Sets a new password through a reset link; open to visitors who are not signed in (the token is the permission). */
export async function redeemPasswordResetAction(input: unknown) {
  return redeemUserTokenResult('PASSWORD_RESET', input);
}
