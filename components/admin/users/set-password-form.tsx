'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { ActionErrorCode, ActionResult, FieldErrorCode } from '@/lib/actions/action-result';
import { checkNewPassword, type NewPasswordErrors } from './check-new-password';
import { NewPasswordFields } from './new-password-fields';

interface SetPasswordFormProps {
  token: string;
  email: string;
  action: (input: unknown) => Promise<ActionResult<null>>;
}

/** Sets a password through an invite or reset link, then sends the person to sign in. */
export function SetPasswordForm({ token, email, action }: SetPasswordFormProps) {
  const t = useTranslations('account');
  const router = useRouter();
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [serverErrors, setServerErrors] = useState<Record<string, FieldErrorCode>>({});
  const [formError, setFormError] = useState<ActionErrorCode | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const confirmPassword = String(data.get('confirmPassword') ?? '');
    const ownErrors = checkNewPassword(password, confirmPassword, email);
    setErrors(ownErrors);
    setServerErrors({});
    setFormError(null);
    if (ownErrors.password || ownErrors.confirmPassword) return;
    setIsSaving(true);
    const result = await action({ token, password, confirmPassword }).catch(() => null);
    if (result?.ok) {
      router.replace('/login?notice=passwordSet');
      return;
    }
    setServerErrors(result?.fieldErrors ?? {});
    setFormError(result === null ? 'INTERNAL' : result.fieldErrors ? null : result.error);
    setIsSaving(false);
  };

  return (
    <form className="stacked-form" onSubmit={onSubmit} noValidate>
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields errors={errors} serverErrors={serverErrors} />
      {formError === 'NOT_FOUND' ? <p role="alert" className="form-error">{t('setPassword.invalidLink')}</p> : null}
      {formError && formError !== 'NOT_FOUND' ? <p role="alert" className="form-error">{t(`errors.${formError}`)}</p> : null}
      <button type="submit" disabled={isSaving}>{isSaving ? t('setPassword.saving') : t('setPassword.submit')}</button>
    </form>
  );
}
