import { z } from 'zod';
import { passwordMaxLength } from './password-policy';

export const userNameMaxLength = 100;
export const userEmailMaxLength = 254;
export const roles = ['ADMIN', 'EDITOR', 'CONTRIBUTOR'] as const;

export const userNameSchema = z.string().trim().min(1).max(userNameMaxLength);
export const userEmailSchema = z.string().trim().min(1).max(userEmailMaxLength).pipe(z.email());
export const roleSchema = z.enum(roles);
/** An invite or reset token as generate-user-token makes it: 32 bytes in base64url. */
export const userTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const userId = z.uuid();
const password = z.string().min(1).max(passwordMaxLength);

export const inviteUserInputSchema = z.object({ email: userEmailSchema, name: userNameSchema, role: roleSchema });
export const userIdInputSchema = z.object({ userId });
export const changeUserRoleInputSchema = z.object({ userId, role: roleSchema });
export const setUserDisabledInputSchema = z.object({ userId, disabled: z.boolean() });
export const changeOwnNameInputSchema = z.object({ name: userNameSchema });

const isConfirmed = (input: { password: string; confirmPassword: string }) => input.password === input.confirmPassword;
const confirmMismatch = { path: ['confirmPassword'], params: { fieldError: 'invalid' } };

export const redeemUserTokenInputSchema = z
  .object({ token: userTokenSchema, password, confirmPassword: z.string().max(passwordMaxLength) })
  .refine(isConfirmed, confirmMismatch);
export const changeOwnPasswordInputSchema = z
  .object({ currentPassword: password, password, confirmPassword: z.string().max(passwordMaxLength) })
  .refine(isConfirmed, confirmMismatch);

export type InviteUserInput = z.output<typeof inviteUserInputSchema>;
export type ChangeUserRoleInput = z.output<typeof changeUserRoleInputSchema>;
export type SetUserDisabledInput = z.output<typeof setUserDisabledInputSchema>;
export type RedeemUserTokenInput = z.output<typeof redeemUserTokenInputSchema>;
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordInputSchema>;
