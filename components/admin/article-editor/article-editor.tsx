'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ArticleHistoryPanel } from '@/components/admin/article-history/article-history-panel';
import { storePreviewState } from '@/components/admin/article-preview/preview-storage';
import { FieldError } from '@/components/admin/field-error';
import { ArticleBodyEditor } from '@/components/editor/article-body-editor';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { ArticleFieldsPanel } from './article-fields-panel';
import { ConflictDialog } from './conflict-dialog';
import { EditorNotices } from './editor-notices';
import { EditorTopbar } from './editor-topbar';
import { FormField } from './form-field';
import { LockBanner } from './lock-banner';
import { PublishPanel } from './publish-panel';
import { ReviewConfirmDialog } from './review-confirm-dialog';
import { SaveIndicator } from './save-indicator';
import { ScriptSection } from './script-section';
import { isAutosaved } from './server-meta';
import { MoveToTrashDialog, TrashedNotice } from './trash-controls';
import { useArticleEditor } from './use-article-editor';
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
  const editor = useArticleEditor(article, currentUserId);
  const { document, lock, conflicts, actions, isTrashed, isReadOnly } = editor;
  const { fields, meta, autosave, setField } = document;
  const errors = autosave.rejection?.fieldErrors ?? {};
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const [isTrashDialogOpen, setIsTrashDialogOpen] = useState(false);
  const historyPanelId = useId();

  const openPreview = () => {
    storePreviewState(id, document.fieldsRef.current, { status: meta.status, publishedAt: meta.publishedAt, version: meta.version });
    window.open(`/preview/articles/${id}`, `inkstone-preview-${id}`);
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
        onPreview={openPreview}
        onMoveToTrash={() => setIsTrashDialogOpen(true)}
      />
      {isTrashed ? <TrashedNotice articleId={id} canRestore={canDelete} /> : null}
      <LockBanner state={lock.state} timeZone={timeZone} onTakeOver={lock.takeOver} />
      <EditorNotices recovery={editor.recovery} conflicts={conflicts} />
      {isHistoryOpen ? (
        <ArticleHistoryPanel id={historyPanelId} articleId={id} currentVersion={meta.version} timeZone={timeZone} onRestored={() => void editor.reloadAfterRestore()} />
      ) : null}
      <div className="article-workspace__columns">
        <div className="article-workspace__main">
          <FormField className="field--title" label={t('fields.title')} value={fields.title} error={errors.title} readOnly={isReadOnly} onChange={(value) => setField('title', value)} />
          <div className="field">
            <ArticleBodyEditor
              name="body"
              initialContent={article.fields.body}
              label={t('fields.body')}
              onChange={document.onBodyChange}
              onEditorReady={editor.handleEditorReady}
              editable={!isReadOnly}
            />
            <FieldError code={errors.body} />
          </div>
        </div>
        <aside className="article-workspace__side" aria-label={t('sidePanel')}>
          <PublishPanel
            meta={meta}
            timeZone={timeZone}
            disabled={isReadOnly || actions.isBusy}
            canPublish={canPublish}
            errors={errors}
            onRun={(intent, extras) => void actions.run(intent, extras)}
          />
          <p role="status" className={actions.announcement?.tone === 'error' ? 'form-error' : 'form-ok'}>{actions.announcement?.text}</p>
          <fieldset className="article-workspace__fields" disabled={isReadOnly}>
            <legend className="visually-hidden">{t('fieldsLegend')}</legend>
            <ScriptSection fields={fields} getFields={() => document.fieldsRef.current} disabled={isReadOnly} applyEdit={document.applyEdit} />
            <ArticleFieldsPanel meta={meta} articleId={id} readOnly={isReadOnly} fields={fields} errors={errors} setField={setField} />
          </fieldset>
        </aside>
      </div>
      <ReviewConfirmDialog intent={actions.reviewIntent} onConfirm={actions.confirmReview} onCancel={actions.cancelReview} />
      <ConflictDialog conflict={conflicts.conflict} timeZone={timeZone} onKeepMine={() => void editor.keepMine()} onTakeTheirs={conflicts.takeTheirs} onRetryLoad={() => void conflicts.retryLoad()} />
      {canDelete ? <MoveToTrashDialog articleId={id} title={fields.title} isOpen={isTrashDialogOpen} onClose={() => setIsTrashDialogOpen(false)} /> : null}
    </div>
  );
}
