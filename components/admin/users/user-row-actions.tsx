'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { changeUserRoleAction, issuePasswordResetAction, setUserDisabledAction } from '@/app/(admin)/admin/users/actions';
import { ConfirmButton } from '@/components/admin/confirm-button';
import type { ActionResult } from '@/lib/actions/action-result';
import { roles } from '@/lib/users/user-input-schema';
import { OneTimeLink } from './one-time-link';

interface UserRowActionsProps {
  user: { id: string; name: string; role: (typeof roles)[number]; disabled: boolean };
}

type Kind = 'role' | 'disabled' | 'reset';

/** Role, disable/enable and a password reset link for one other user's account. */
export function UserRowActions({ user }: UserRowActionsProps) {
  const t = useTranslations('userAdmin');
  const router = useRouter();
  const [role, setRole] = useState(user.role);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<{ token: string; expiresAt: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const report = (kind: Kind, result: ActionResult<unknown> | null) => {
    if (result?.ok) return true;
    const code = result?.error ?? 'INTERNAL';
    if (code === 'CONFLICT') setError(t(kind === 'reset' ? 'errors.disabledNoReset' : 'errors.lastAdmin'));
    else setError(t(`errors.${code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'VALIDATION' || code === 'UNAUTHENTICATED' ? code : 'INTERNAL'}`));
    return false;
  };
  const start = () => {
    setError(null);
    setNotice(null);
  };

  const changeRole = async () => {
    start();
    setIsBusy(true);
    const result = await changeUserRoleAction({ userId: user.id, role }).catch(() => null);
    setIsBusy(false);
    if (report('role', result)) {
      setNotice(t('actions.roleChanged'));
      router.refresh();
    }
  };
  const setDisabled = async (disabled: boolean) => {
    start();
    if (report('disabled', await setUserDisabledAction({ userId: user.id, disabled }).catch(() => null))) router.refresh();
  };
  const issueReset = async () => {
    start();
    const result = await issuePasswordResetAction({ userId: user.id }).catch(() => null);
    if (report('reset', result) && result?.ok) setResetLink({ token: result.data.token, expiresAt: result.data.expiresAt });
  };

  const common = { cancelLabel: t('actions.cancel'), busyLabel: t('actions.working') };
  return (
    <div className="user-row-actions">
      <div className="user-row-actions__buttons">
        <select aria-label={t('actions.roleLabel', { name: user.name })} value={role} onChange={(event) => setRole(event.target.value as typeof role)}>
          {roles.map((value) => <option key={value} value={value}>{t(`role.${value}`)}</option>)}
        </select>
        <button type="button" onClick={changeRole} disabled={isBusy || role === user.role}>{t('actions.changeRole')}</button>
        {user.disabled ? (
          <ConfirmButton {...common} label={t('actions.enable')} question={t('actions.enableQuestion', { name: user.name })} confirmLabel={t('actions.enableConfirm')} onConfirm={() => setDisabled(false)} />
        ) : (
          <ConfirmButton {...common} isDanger label={t('actions.disable')} question={t('actions.disableQuestion', { name: user.name })} confirmLabel={t('actions.disableConfirm')} onConfirm={() => setDisabled(true)} />
        )}
        {user.disabled ? null : (
          <ConfirmButton {...common} label={t('actions.resetPassword')} question={t('actions.resetQuestion', { name: user.name })} confirmLabel={t('actions.resetConfirm')} onConfirm={issueReset} />
        )}
      </div>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {notice ? <p role="status" className="form-ok">{notice}</p> : null}
      {resetLink ? <OneTimeLink kind="reset" token={resetLink.token} expiresAt={resetLink.expiresAt} onDismiss={() => setResetLink(null)} /> : null}
    </div>
  );
}
