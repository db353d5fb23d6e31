'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ActionErrorCode } from '@/lib/actions/action-result';

interface CountedConfirmProps {
  label: string;
  confirmLabel: string;
  /** The question, once the number of affected articles is known. */
  question: (count: number) => string;
  /** Counts the affected articles when asked (fresh, not as of the page's render). */
  loadCount: () => Promise<{ count: number } | { error: ActionErrorCode }>;
  /** Does the thing; an error code keeps the dialog open and shows it. */
  onConfirm: (count: number) => Promise<ActionErrorCode | null>;
  disabled?: boolean;
}

/** A danger button that states how many articles are affected in a modal dialog before acting. */
export function CountedConfirm({ label, confirmLabel, question, loadCount, onConfirm, disabled }: CountedConfirmProps) {
  const t = useTranslations('tagAdmin');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    if (count !== null && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [count]);

  const open = async () => {
    setIsBusy(true);
    setError(null);
    const result = await loadCount().catch(() => ({ error: 'INTERNAL' as const }));
    setIsBusy(false);
    if ('count' in result) setCount(result.count);
    else setError(result.error);
  };
  const close = () => {
    dialogRef.current?.close();
    setCount(null);
  };

  return (
    <>
      <button type="button" className="confirm-danger" disabled={disabled || isBusy} onClick={open}>{label}</button>
      {error && count === null ? <p role="alert" className="form-error">{t(`errors.${error}`)}</p> : null}
      <dialog ref={dialogRef} className="tag-confirm-dialog" aria-label={label} onClose={() => setCount(null)}>
        {count === null ? null : (
          <>
            <p>{question(count)}</p>
            {error ? <p role="alert" className="form-error">{t(`errors.${error}`)}</p> : null}
            <div className="tag-confirm-dialog__actions">
              <button
                type="button"
                className="confirm-danger confirm-danger--solid"
                disabled={isBusy}
                onClick={async () => {
                  setIsBusy(true);
                  setError(null);
                  const failure = await onConfirm(count).catch(() => 'INTERNAL' as const);
                  setIsBusy(false);
                  if (failure) setError(failure);
                }}
              >
                {isBusy ? t('working') : confirmLabel}
              </button>
              <button type="button" disabled={isBusy} onClick={close}>{t('cancel')}</button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
