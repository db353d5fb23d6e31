'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { inviteUserAction } from '@/app/(admin)/admin/users/actions';
import { FieldError } from '@/components/admin/field-error';
import type { ActionErrorCode, FieldErrorCode } from '@/lib/actions/action-result';
import { roles, userEmailMaxLength, userNameMaxLength } from '@/lib/users/user-input-schema';
import { OneTimeLink } from './one-time-link';

interface Invitation {
  email: string;
  token: string;
  expiresAt: string;
}

/** Creates an account and shows its invite link once. */
export function InviteUserForm() {
  const t = useTranslations('userAdmin');
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<Record<string, FieldErrorCode>>({});
  const [formError, setFormError] = useState<ActionErrorCode | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { email: String(data.get('email') ?? ''), name: String(data.get('name') ?? ''), role: String(data.get('role') ?? '') };
    setIsSaving(true);
    setInvitation(null);
    const result = await inviteUserAction(input).catch(() => null);
    setIsSaving(false);
    if (result?.ok) {
      setErrors({});
      setFormError(null);
      setInvitation({ email: result.data.email, token: result.data.token, expiresAt: result.data.expiresAt });
      form.reset();
      router.refresh();
      return;
    }
    setErrors(result?.fieldErrors ?? {});
    setFormError(result === null ? 'INTERNAL' : result.fieldErrors ? null : result.error);
  };

  const errorFor = (field: string): ReactNode => {
    const code = errors[field];
    if (!code) return null;
    return <span id={`${id}-${field}-error`}>{field === 'email' && code === 'taken' ? <span className="field-error">{t('invite.emailTaken')}</span> : <FieldError code={code} />}</span>;
  };
  const fieldProps = (field: string) => ({ id: `${id}-${field}`, name: field, 'aria-invalid': errors[field] ? true : undefined, 'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined });

  return (
    <section className="user-admin__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <form className="user-admin__invite" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('invite.email')}</label>
          <input {...fieldProps('email')} type="email" autoComplete="off" maxLength={userEmailMaxLength} />
          {errorFor('email')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('invite.name')}</label>
          <input {...fieldProps('name')} type="text" autoComplete="off" maxLength={userNameMaxLength} />
          {errorFor('name')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('invite.role')}</label>
          <select {...fieldProps('role')} defaultValue="EDITOR">
            {roles.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
          </select>
          {errorFor('role')}
        </div>
        <div><button type="submit" className="primary" disabled={isSaving}>{isSaving ? t('invite.submitting') : t('invite.submit')}</button></div>
      </form>
      {formError ? <p role="alert" className="form-error">{t(`errors.${formError === 'CONFLICT' || formError === 'RATE_LIMITED' ? 'INTERNAL' : formError}`)}</p> : null}
      {invitation ? (
        <div role="status" className="user-admin__created">
          <p className="form-ok">{t('invite.created', { email: invitation.email })}</p>
          <OneTimeLink kind="invite" token={invitation.token} expiresAt={invitation.expiresAt} onDismiss={() => setInvitation(null)} />
        </div>
      ) : null}
    </section>
  );
}
