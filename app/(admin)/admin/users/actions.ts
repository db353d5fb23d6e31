'use server';

import { authedAction } from '@/lib/actions/authed-action';
import { changeUserRole } from '@/lib/users/change-user-role';
import { inviteUser } from '@/lib/users/invite-user';
import { issuePasswordReset } from '@/lib/users/issue-password-reset';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import {
  changeUserRoleInputSchema,
  inviteUserInputSchema,
  setUserDisabledInputSchema,
  userIdInputSchema,
} from '@/lib/users/user-input-schema';

/** Creates the account and returns its invite token, once: the page builds the link from it. */
export const inviteUserAction = authedAction({
  permission: 'user:manage',
  schema: inviteUserInputSchema,
  handler: async (input, actor) => {
    const { userId, email, token, expiresAt } = await inviteUser(actor, input);
    return { userId, email, token, expiresAt: expiresAt.toISOString() };
  },
});

export const changeUserRoleAction = authedAction({
  permission: 'user:manage',
  schema: changeUserRoleInputSchema,
  handler: (input, actor) => changeUserRole(actor, input),
});

export const setUserDisabledAction = authedAction({
  permission: 'user:manage',
  schema: setUserDisabledInputSchema,
  handler: (input, actor) => setUserDisabled(actor, input),
});

/** A new password-reset token for the user, returned once. */
export const issuePasswordResetAction = authedAction({
  permission: 'user:manage',
  schema: userIdInputSchema,
  handler: async (input, actor) => {
    const { userId, token, expiresAt } = await issuePasswordReset(actor, input);
    return { userId, token, expiresAt: expiresAt.toISOString() };
  },
});
