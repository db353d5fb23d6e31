'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { changeOwnNameAction } from '@/app/(admin)/admin/account/actions';
import { FieldError } from '@/components/admin/field-error';
import type { ActionErrorCode, FieldErrorCode } from '@/lib/actions/action-result';
import { userNameMaxLength } from '@/lib/users/user-input-schema';

/** The signed-in user's own name. */
export function AccountNameForm({ name }: { name: string }) {
  const t = useTranslations('account');
  const router = useRouter();
  const id = useId();
  const [fieldError, setFieldError] = useState<FieldErrorCode | undefined>();
  const [formError, setFormError] = useState<ActionErrorCode | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setIsSaving(true);
    setIsSaved(false);
    const result = await changeOwnNameAction({ name: String(data.get('name') ?? '') }).catch(() => null);
    setIsSaving(false);
    setFieldError(result?.ok ? undefined : result?.fieldErrors?.name);
    setFormError(result === null ? 'INTERNAL' : result.ok || result.fieldErrors ? null : result.error);
    if (result?.ok) {
      setIsSaved(true);
      router.refresh();
    }
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('name.label')}</label>
        <input
          id={id}
          name="name"
          type="text"
          autoComplete="name"
          defaultValue={name}
          maxLength={userNameMaxLength}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
        />
        {fieldError ? <span id={`${id}-error`}><FieldError code={fieldError} /></span> : null}
      </div>
      {formError ? <p role="alert" className="form-error">{t(`errors.${formError}`)}</p> : null}
      {isSaved ? <p role="status" className="form-ok">{t('name.saved')}</p> : null}
      <div><button type="submit" className="primary" disabled={isSaving}>{isSaving ? t('name.saving') : t('name.submit')}</button></div>
    </form>
  );
}
