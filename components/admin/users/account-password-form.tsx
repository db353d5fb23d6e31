'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { changeOwnPasswordAction } from '@/app/(admin)/admin/account/actions';
import type { ActionErrorCode, FieldErrorCode } from '@/lib/actions/action-result';
import { checkNewPassword, type NewPasswordErrors } from './check-new-password';
import { NewPasswordFields } from './new-password-fields';
import { PasswordField } from './password-field';

/**
 * The signed-in user's new password, with the current one as proof. Success ends every session,
 * this one too, so the page goes straight to the sign-in form.
 */
export function AccountPasswordForm({ email }: { email: string }) {
  const t = useTranslations('account');
  const tField = useTranslations('errors.field');
  const router = useRouter();
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [serverErrors, setServerErrors] = useState<Record<string, FieldErrorCode>>({});
  const [formError, setFormError] = useState<ActionErrorCode | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (field: string) => String(data.get(field) ?? '');
    const input = { currentPassword: text('currentPassword'), password: text('password'), confirmPassword: text('confirmPassword') };
    const ownErrors = checkNewPassword(input.password, input.confirmPassword, email);
    setErrors(ownErrors);
    setServerErrors(input.currentPassword ? {} : { currentPassword: 'required' });
    setFormError(null);
    if (ownErrors.password || ownErrors.confirmPassword || !input.currentPassword) return;
    setIsSaving(true);
    const result = await changeOwnPasswordAction(input).catch(() => null);
    if (result?.ok) {
      router.replace(`/login?notice=passwordChanged&callbackUrl=${encodeURIComponent('/admin/account')}`);
      return;
    }
    setServerErrors(result?.fieldErrors ?? {});
    setFormError(result === null ? 'INTERNAL' : result.fieldErrors ? null : result.error);
    setIsSaving(false);
  };

  const currentCode = serverErrors.currentPassword;
  const currentError = currentCode === 'invalid' ? t('password.currentWrong') : currentCode ? tField(currentCode) : null;
  return (
    <form className="account-form" onSubmit={onSubmit} noValidate>
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <PasswordField label={t('password.current')} name="currentPassword" autoComplete="current-password" error={currentError} />
      <NewPasswordFields errors={errors} serverErrors={serverErrors} />
      {formError ? <p role="alert" className="form-error">{t(`errors.${formError}`)}</p> : null}
      <div><button type="submit" className="primary" disabled={isSaving}>{isSaving ? t('password.saving') : t('password.submit')}</button></div>
    </form>
  );
}
