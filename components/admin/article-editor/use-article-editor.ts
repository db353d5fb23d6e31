'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef } from 'react';
import { getArticleForEditingAction } from '@/app/(admin)/admin/articles/[id]/actions';
import type { ArticleIntent } from '@/lib/articles/article-input-schema';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { hasUnsavedChanges } from './autosave-reducer';
import { isAutosaved } from './server-meta';
import { useArticleDocument } from './use-article-document';
import { useArticleLock } from './use-article-lock';
import { useArticleSaver, type SaveExtras } from './use-article-saver';
import { useAutosave } from './use-autosave';
import { useConflictResolution } from './use-conflict-resolution';
import { useLeaveGuard } from './use-leave-guard';
import { useLocalDraftRecovery } from './use-local-draft-recovery';
import { usePublishActions } from './use-publish-actions';

/** Everything the editor page does, wired together: the page itself only lays it out. */
export function useArticleEditor(article: ArticleForEditing, currentUserId: string) {
  const t = useTranslations('articleForm');
  const { id, timeZone } = article;
  const document = useArticleDocument(article);
  const { meta, autosave, fieldsRef, metaRef, dispatch, onEditorReady, replaceWithServer } = document;
  const isTrashed = meta.deletedAt !== null;
  const lock = useArticleLock({ articleId: id, initialLock: article.lock, currentUserId, enabled: !isTrashed });
  const isReadOnly = isTrashed || lock.state.kind === 'other';

  // The saver reports conflicts to the dialog, which resends through the saver.
  const onConflictRef = useRef<(intent: ArticleIntent, extras: SaveExtras) => void>(() => undefined);
  const onConflict = useCallback((intent: ArticleIntent, extras: SaveExtras) => onConflictRef.current(intent, extras), []);
  const { save, isBusy } = useArticleSaver(document, { articleId: id, timeZone, lockToken: lock.token, onConflict });
  const conflicts = useConflictResolution(document, { articleId: id, save });
  const { open: openConflict, putAside } = conflicts;
  const { refresh: refreshLock, noteActivity } = lock;
  useEffect(() => {
    onConflictRef.current = (intent, extras) => {
      openConflict(intent, extras);
      void refreshLock();
    };
  }, [openConflict, refreshLock]);

  // Not waiting for the lock: the version check already keeps saves from overwriting each other.
  const autosaveNow = useCallback(() => {
    if (!isBusy()) void save('autosave');
  }, [save, isBusy]);
  useAutosave({ state: autosave, dispatch, enabled: !isReadOnly && isAutosaved(meta.status), save: autosaveNow });
  useLeaveGuard(hasUnsavedChanges(autosave), t('leaveConfirm'));
  useEffect(() => {
    if (autosave.editSeq > 0) noteActivity();
  }, [autosave.editSeq, noteActivity]);

  const recovery = useLocalDraftRecovery(document, article, { enabled: !isTrashed, onConflict: conflicts.openForLocalCopy });
  const actions = usePublishActions(document, save, timeZone);
  const { check: checkLocalDraft } = recovery;
  const handleEditorReady = useCallback(
    (editor: Editor) => {
      onEditorReady(editor);
      checkLocalDraft();
    },
    [onEditorReady, checkLocalDraft],
  );

  const keepMine = async () => {
    const intent = conflicts.conflict?.intent === 'autosave' ? 'save' : (conflicts.conflict?.intent ?? 'save');
    const statusBefore = metaRef.current.status;
    const outcome = await conflicts.keepMine();
    if (outcome) actions.announce(intent, outcome, statusBefore);
  };

  /** A revision restored from the history is the server's new state; unsaved edits are set aside. */
  const reloadAfterRestore = useCallback(async () => {
    const outcome = await getArticleForEditingAction({ id }).catch(() => null);
    if (!outcome?.ok) return;
    if (hasUnsavedChanges(document.autosaveRef.current)) putAside({ fields: fieldsRef.current, reason: 'restoredRevision' });
    replaceWithServer(outcome.data);
  }, [id, document.autosaveRef, fieldsRef, putAside, replaceWithServer]);

  return { document, lock, conflicts, recovery, actions, isTrashed, isReadOnly, handleEditorReady, keepMine, reloadAfterRestore };
}
