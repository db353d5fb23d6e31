import { AppError, type FieldErrorCode } from '@/lib/errors/app-error';
import { checkPasswordPolicy, type PasswordProblem } from './password-policy';

// The forms run the same policy first and name the exact problem; these codes are the fallback.
const fieldErrorFor: Record<PasswordProblem, FieldErrorCode> = { tooShort: 'invalid', tooLong: 'tooLong', common: 'invalid', sameAsEmail: 'invalid' };

/** Throws VALIDATION (field `password`) when the password policy refuses a new password. */
export function assertPasswordAllowed(password: string, email: string): void {
  const problem = checkPasswordPolicy(password, email);
  if (problem) throw new AppError('VALIDATION', `The new password is refused (${problem}).`, { password: fieldErrorFor[problem] });
}
