'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { FieldError } from '@/components/admin/field-error';
import { ArticleBodyEditor } from '@/components/editor/article-body-editor';
import type { ArticleIntent } from '@/lib/articles/article-input-schema';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { ArticleFieldsPanel } from './article-fields-panel';
import { hasUnsavedChanges } from './autosave-reducer';
import { ConflictDialog } from './conflict-dialog';
import { EditorNotices } from './editor-notices';
import { EditorTopbar } from './editor-topbar';
import { FormField } from './form-field';
import { LockBanner } from './lock-banner';
import { PublishPanel } from './publish-panel';
import { ReviewConfirmDialog } from './review-confirm-dialog';
import { SaveIndicator } from './save-indicator';
import { isAutosaved } from './server-meta';
import { useArticleDocument } from './use-article-document';
import { useArticleLock } from './use-article-lock';
import { useArticleSaver, type SaveExtras } from './use-article-saver';
import { useAutosave } from './use-autosave';
import { useConflictResolution } from './use-conflict-resolution';
import { useLeaveGuard } from './use-leave-guard';
import { useLocalDraftRecovery } from './use-local-draft-recovery';
import { usePublishActions } from './use-publish-actions';
import './article-editor.css';

export interface ArticleEditorProps {
  article: ArticleForEditing;
  currentUserId: string;
  canPublish: boolean;
  canDelete: boolean;
}

/** The article editor page: title and body, fields and publishing beside them, never losing a word. */
export function ArticleEditor({ article, currentUserId, canPublish, canDelete }: ArticleEditorProps) {
  const t = useTranslations('articleForm');
  const { id, timeZone } = article;
  const document = useArticleDocument(article);
  const { fields, meta, autosave } = document;
  const isTrashed = meta.deletedAt !== null;
  const lock = useArticleLock({ articleId: id, initialLock: article.lock, currentUserId, enabled: !isTrashed });
  const isReadOnly = isTrashed || lock.state.kind === 'other';

  // The saver reports conflicts to the dialog, which resends through the saver.
  const onConflictRef = useRef<(intent: ArticleIntent, extras: SaveExtras) => void>(() => undefined);
  const onConflict = useCallback((intent: ArticleIntent, extras: SaveExtras) => onConflictRef.current(intent, extras), []);
  const saver = useArticleSaver(document, { articleId: id, timeZone, lockToken: lock.token, onConflict });
  const conflicts = useConflictResolution(document, { articleId: id, save: saver.save });
  const { open: openConflict } = conflicts;
  const { refresh: refreshLock, noteActivity } = lock;
  useEffect(() => {
    onConflictRef.current = (intent, extras) => {
      openConflict(intent, extras);
      void refreshLock();
    };
  }, [openConflict, refreshLock]);

  const canAutosave = !isReadOnly && isAutosaved(meta.status) && (lock.state.kind === 'mine' || lock.state.kind === 'taken');
  const { save, isBusy } = saver;
  const autosaveNow = useCallback(() => {
    if (!isBusy()) void save('autosave');
  }, [save, isBusy]);
  useAutosave({ state: autosave, dispatch: document.dispatch, enabled: canAutosave, save: autosaveNow });
  useLeaveGuard(hasUnsavedChanges(autosave), t('leaveConfirm'));
  useEffect(() => {
    if (autosave.editSeq > 0) noteActivity();
  }, [autosave.editSeq, noteActivity]);

  const recovery = useLocalDraftRecovery(document, article, { enabled: !isTrashed, onConflict: conflicts.openForLocalCopy });
  const actions = usePublishActions(document, save, timeZone);
  const { onEditorReady } = document;
  const { check: checkLocalDraft } = recovery;
  const handleEditorReady = useCallback<typeof onEditorReady>((editor) => {
    onEditorReady(editor);
    checkLocalDraft();
  }, [onEditorReady, checkLocalDraft]);

  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const historyPanelId = useId();
  const errors = autosave.rejection?.fieldErrors ?? {};
  const keepMine = async () => {
    const intent = conflicts.conflict?.intent === 'autosave' ? 'save' : (conflicts.conflict?.intent ?? 'save');
    const statusBefore = document.metaRef.current.status;
    const outcome = await conflicts.keepMine();
    if (outcome) actions.announce(intent, outcome, statusBefore);
  };

  return (
    <div className="article-workspace">
      <h1 className="visually-hidden">{t('heading')}</h1>
      <EditorTopbar
        meta={meta}
        saveIndicator={<SaveIndicator state={autosave} status={meta.status} isAutosaved={isAutosaved(meta.status)} timeZone={timeZone} />}
        isHistoryOpen={isHistoryOpen}
        historyPanelId={historyPanelId}
        canDelete={canDelete}
        onToggleHistory={() => setIsHistoryOpen((open) => !open)}
        onPreview={() => undefined}
        onMoveToTrash={() => undefined}
      />
      <LockBanner state={lock.state} timeZone={timeZone} onTakeOver={lock.takeOver} />
      <EditorNotices recovery={recovery} conflicts={conflicts} />
      <div className="article-workspace__columns">
        <div className="article-workspace__main">
          <FormField className="field--title" label={t('fields.title')} value={fields.title} error={errors.title} readOnly={isReadOnly} onChange={(value) => document.setField('title', value)} />
          <div className="field">
            <ArticleBodyEditor name="body" initialContent={article.fields.body} label={t('fields.body')} onChange={document.onBodyChange} onEditorReady={handleEditorReady} editable={!isReadOnly} />
            <FieldError code={errors.body} />
          </div>
        </div>
        <aside className="article-workspace__side" aria-label={t('sidePanel')}>
          <PublishPanel meta={meta} timeZone={timeZone} disabled={isReadOnly || actions.isBusy} canPublish={canPublish} errors={errors} onRun={(intent, extras) => void actions.run(intent, extras)} />
          <p role="status" className={actions.announcement?.tone === 'error' ? 'form-error' : 'form-ok'}>{actions.announcement?.text}</p>
          <fieldset className="article-workspace__fields" disabled={isReadOnly}>
            <legend className="visually-hidden">{t('fieldsLegend')}</legend>
            <ArticleFieldsPanel meta={meta} fields={fields} errors={errors} setField={document.setField} />
          </fieldset>
        </aside>
      </div>
      <ReviewConfirmDialog intent={actions.reviewIntent} onConfirm={actions.confirmReview} onCancel={actions.cancelReview} />
      <ConflictDialog conflict={conflicts.conflict} timeZone={timeZone} onKeepMine={() => void keepMine()} onTakeTheirs={conflicts.takeTheirs} onRetryLoad={() => void conflicts.retryLoad()} />
    </div>
  );
}
