'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrorCode } from '@/lib/actions/action-result';
import type { NewPasswordErrors } from './check-new-password';
import { PasswordField } from './password-field';

interface NewPasswordFieldsProps {
  /** The form's own check (exact problem) or, failing that, the server's field codes. */
  errors: NewPasswordErrors;
  serverErrors: Record<string, FieldErrorCode>;
}

/** "New password" twice, with the policy as a hint; inputs named `password` and `confirmPassword`. */
export function NewPasswordFields({ errors, serverErrors }: NewPasswordFieldsProps) {
  const t = useTranslations('account.newPassword');
  const passwordError = errors.password ? t(errors.password) : serverErrors.password ? t(serverErrors.password === 'tooLong' ? 'tooLong' : 'refused') : null;
  const confirmError = errors.confirmPassword || serverErrors.confirmPassword ? t('mismatch') : null;
  return (
    <>
      <PasswordField label={t('label')} name="password" autoComplete="new-password" hint={t('hint')} error={passwordError} />
      <PasswordField label={t('confirm')} name="confirmPassword" autoComplete="new-password" error={confirmError} />
    </>
  );
}
