'use server';

import { redeemUserTokenResult } from '@/lib/users/redeem-user-token-result';

/** Sets the invited person's password; open to visitors who are not signed in (the token is the permission). */
export async function redeemInviteAction(input: unknown) {
  return redeemUserTokenResult('INVITE', input);
}
