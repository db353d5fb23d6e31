'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { moveArticleToTrashAction, restoreArticleFromTrashAction } from '@/app/(admin)/admin/trash/actions';
import { EditorNotice } from './editor-notice';
import { ModalDialog } from './modal-dialog';

type TrashAction = typeof moveArticleToTrashAction;

/** Runs a trash action, reporting a failure (or a lost connection) as an error code. */
async function runTrashAction(action: TrashAction, id: string): Promise<string | null> {
  const outcome = await action({ id }).catch(() => null);
  return outcome?.ok ? null : (outcome?.error ?? 'INTERNAL');
}

/** Asks before moving the article to the trash, then goes back to the list, which confirms it. */
export function MoveToTrashDialog({ articleId, title, isOpen, onClose }: { articleId: string; title: string; isOpen: boolean; onClose: () => void }) {
  const t = useTranslations('articleForm.trash');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const titleId = useId();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const confirm = async () => {
    setState({ busy: true, error: null });
    const error = await runTrashAction(moveArticleToTrashAction, articleId);
    if (error) setState({ busy: false, error });
    else router.push('/admin?trashed=1');
  };

  return (
    <ModalDialog open={isOpen} labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId}>{t('moveTitle')}</h2>
      <p>{t('moveQuestion', { title: title || t('untitled') })}</p>
      {state.error ? <p className="form-error" role="alert">{tErrors(state.error)}</p> : null}
      <div className="editor-dialog__actions">
        <button type="button" className="primary" disabled={state.busy} onClick={() => void confirm()}>{t('moveConfirm')}</button>
        <button type="button" data-autofocus disabled={state.busy} onClick={onClose}>{t('cancel')}</button>
      </div>
    </ModalDialog>
  );
}

/** A trashed article opens read-only; restoring it reloads the page with the live article. */
export function TrashedNotice({ articleId, canRestore }: { articleId: string; canRestore: boolean }) {
  const t = useTranslations('articleForm.trash');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const restore = async () => {
    setState({ busy: true, error: null });
    const error = await runTrashAction(restoreArticleFromTrashAction, articleId);
    setState({ busy: false, error });
    if (!error) router.refresh();
  };

  return (
    <EditorNotice
      tone="warning"
      label={t('trashedLabel')}
      actions={canRestore ? <button type="button" disabled={state.busy} onClick={() => void restore()}>{t('restore')}</button> : null}
    >
      {t('trashed')} {state.error ? <span className="form-error" role="alert">{tErrors(state.error)}</span> : null}
    </EditorNotice>
  );
}
