'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

interface OneTimeLinkProps {
  kind: 'invite' | 'reset';
  token: string;
  expiresAt: string;
  onDismiss: () => void;
}

const paths = { invite: '/invite/', reset: '/reset-password/' } as const;

/** An invite or reset link, shown once right after it was made: the server keeps only its hash. */
export function OneTimeLink({ kind, token, expiresAt, onDismiss }: OneTimeLinkProps) {
  const t = useTranslations('userAdmin.link');
  const format = useFormatter();
  const id = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = `${window.location.origin}${paths[kind]}${token}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div className="one-time-link">
      <label htmlFor={id}>{t(kind === 'invite' ? 'inviteLabel' : 'resetLabel')}</label>
      <div className="one-time-link__row">
        <input id={id} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} aria-describedby={`${id}-note`} />
        <button type="button" onClick={copy}>{copyState === 'copied' ? t('copied') : t('copy')}</button>
      </div>
      <small id={`${id}-note`}>{t('onlyOnce', { expiresAt: format.dateTime(new Date(expiresAt), { dateStyle: 'medium', timeStyle: 'short' }) })}</small>
      {copyState === 'failed' ? <p role="alert" className="form-error">{t('copyFailed')}</p> : null}
      <div><button type="button" onClick={onDismiss}>{t('dismiss')}</button></div>
    </div>
  );
}
