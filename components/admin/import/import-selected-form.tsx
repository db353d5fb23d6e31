'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { importSelectedAction, type ImportSelectedState } from '@/app/(admin)/admin/import/actions';
import { SelectionContext } from './selection-context';

interface ImportSelectedFormProps {
  batchId: string;
  hasReady: boolean;
  canPublish: boolean;
  offerSimplified: boolean;
  children: React.ReactNode;
}

const rowBoxes = 'input[type="checkbox"][name="itemId"]:not(:disabled)';

// One form around the whole server-rendered table: rows stay plain HTML (no per-row components),
// and the selection is read from the DOM, so thousands of rows cost nothing extra here.
export function ImportSelectedForm({ batchId, hasReady, canPublish, offerSimplified, children }: ImportSelectedFormProps) {
  const t = useTranslations('import.importSelected');
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction, isPending] = useActionState<ImportSelectedState, FormData>(importSelectedAction, null);
  const [counts, setCounts] = useState({ selected: 0, selectable: 0 });

  const recount = useCallback(() => {
    const boxes = Array.from(form.current?.querySelectorAll<HTMLInputElement>(rowBoxes) ?? []);
    const selected = boxes.filter((box) => box.checked).length;
    setCounts((current) => (current.selected === selected && current.selectable === boxes.length ? current : { selected, selectable: boxes.length }));
  }, []);

  // Rows come and go as the page refreshes itself, so count again after every render.
  useEffect(recount);
  useEffect(() => {
    const element = form.current;
    element?.addEventListener('change', recount);
    return () => element?.removeEventListener('change', recount);
  }, [recount]);

  const selection = useMemo(() => ({
    ...counts,
    setAll: (checked: boolean) => {
      form.current?.querySelectorAll<HTMLInputElement>(rowBoxes).forEach((box) => { box.checked = checked; });
      recount();
    },
  }), [counts, recount]);

  const message = state === null ? null
    : state.ok ? t('queued', { count: state.data.count })
      : state.fieldErrors?.itemIds ? t('noneSelected')
        : t(`errors.${state.error}`);

  return (
    <SelectionContext.Provider value={selection}>
      <form ref={form} action={formAction} className="import-selected-form">
        <input type="hidden" name="batchId" value={batchId} />
        {children}
        <div className={hasReady ? 'import-form-actions' : 'import-form-status'}>
          {hasReady ? (
            <>
              <span className="import-selected-count">{t('selectedCount', { count: counts.selected })}</span>
              {offerSimplified ? (
                <label className="import-inline-check">
                  <input type="checkbox" name="toSimplified" />
                  {t('toSimplified')}
                </label>
              ) : null}
              <button type="submit" name="intent" value="draft" className="primary" disabled={isPending}>{t('drafts')}</button>
              {canPublish ? <button type="submit" name="intent" value="publish" disabled={isPending}>{t('publish')}</button> : null}
            </>
          ) : null}
          <p role="status" aria-live="polite" className={state && !state.ok ? 'form-error' : 'form-ok'}>
            {isPending ? t('working') : message}
          </p>
        </div>
      </form>
    </SelectionContext.Provider>
  );
}
