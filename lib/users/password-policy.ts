import { commonPasswords } from './common-passwords';

export const passwordMinLength = 8;
// The sign-in form and authenticate() accept at most 128 UTF-16 units, so the rule counts the same way.
export const passwordMaxLength = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'sameAsEmail';

const common: ReadonlySet<string> = new Set(commonPasswords);

/**
 * Why a new password is refused, or null when it is acceptable: 8–128 characters, not one of the
 * most common passwords, and not the account's email (nor the part before its @).
 */
export function checkPasswordPolicy(password: string, email?: string): PasswordProblem | null {
  if (password.length < passwordMinLength) return 'tooShort';
  if (password.length > passwordMaxLength) return 'tooLong';
  const folded = password.trim().toLowerCase();
  if (common.has(folded)) return 'common';
  if (email) {
    const address = email.trim().toLowerCase();
    const localPart = address.split('@')[0] ?? '';
    if (folded === address || folded === localPart) return 'sameAsEmail';
  }
  return null;
}
