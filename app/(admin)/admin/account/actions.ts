'use server';

import { authedAction } from '@/lib/actions/authed-action';
import { changeOwnName } from '@/lib/users/change-own-name';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { changeOwnNameInputSchema, changeOwnPasswordInputSchema } from '@/lib/users/user-input-schema';

export const changeOwnNameAction = authedAction({
  permission: 'admin:enter',
  schema: changeOwnNameInputSchema,
  handler: (input, actor) => changeOwnName(actor, input),
});

/** Ends every session of the account, this one included: the page then sends the user to sign in. */
export const changeOwnPasswordAction = authedAction({
  permission: 'admin:enter',
  schema: changeOwnPasswordInputSchema,
  handler: (input, actor) => changeOwnPassword(actor, input),
});
