import { checkPasswordPolicy, type PasswordProblem } from '@/lib/users/password-policy';

export interface NewPasswordErrors {
  password?: PasswordProblem;
  confirmPassword?: 'mismatch';
}

/** The forms' own check before anything is sent: the same policy the server enforces, named exactly. */
export function checkNewPassword(password: string, confirmPassword: string, email: string): NewPasswordErrors {
  const problem = checkPasswordPolicy(password, email);
  if (problem) return { password: problem };
  return password === confirmPassword ? {} : { confirmPassword: 'mismatch' };
}
