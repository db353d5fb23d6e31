'use client';

import { useCallback, useState } from 'react';
import { getArticleForEditingAction } from '@/app/(admin)/admin/articles/[id]/actions';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import type { ArticleIntent } from '@/lib/articles/article-input-schema';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { metaFromArticle } from './server-meta';
import type { ArticleDocument } from './use-article-document';
import type { SaveExtras, SaveOutcome } from './use-article-saver';

export interface ConflictState {
  mine: ArticleFormFields;
  /** The server's current article; null while it loads. */
  theirs: ArticleForEditing | null;
  loadFailed: boolean;
  intent: ArticleIntent;
  extras: SaveExtras;
  /** Mine is a copy left in this browser by an earlier visit, not yet in the form. */
  fromLocalCopy: boolean;
}

/** My version, taken out of the form by "take theirs" or a restored revision. */
export interface SetAsideVersion {
  fields: ArticleFormFields;
  reason: 'tookTheirs' | 'restoredRevision';
}

interface ConflictOptions {
  articleId: string;
  save: (intent: ArticleIntent, extras?: SaveExtras) => Promise<SaveOutcome>;
}

/**
 * Someone saved after this window's version: nothing is saved until the editor chooses. Keep
 * mine saves my fields over theirs (theirs stays in the history); take theirs replaces the form
 * and sets mine aside, from where it can still be put back.
 */
export function useConflictResolution(document: ArticleDocument, { articleId, save }: ConflictOptions) {
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [setAside, setSetAside] = useState<SetAsideVersion | null>(null);
  const { fieldsRef, dispatch, setMeta, applyEdit, replaceWithServer } = document;

  const load = useCallback(async () => {
    setConflict((current) => (current ? { ...current, loadFailed: false } : current));
    let theirs: ArticleForEditing | null = null;
    try {
      const outcome = await getArticleForEditingAction({ id: articleId });
      theirs = outcome.ok ? outcome.data : null;
    } catch {
      theirs = null;
    }
    setConflict((current) => (current ? { ...current, theirs, loadFailed: theirs === null } : current));
  }, [articleId]);

  const open = useCallback(
    (intent: ArticleIntent, extras: SaveExtras) => {
      setConflict({ mine: fieldsRef.current, theirs: null, loadFailed: false, intent, extras, fromLocalCopy: false });
      void load();
    },
    [fieldsRef, load],
  );

  const openForLocalCopy = useCallback(
    (mine: ArticleFormFields, theirs: ArticleForEditing) => {
      dispatch({ type: 'conflict' });
      setConflict({ mine, theirs, loadFailed: false, intent: 'save', extras: {}, fromLocalCopy: true });
    },
    [dispatch],
  );

  const keepMine = useCallback(async (): Promise<SaveOutcome | null> => {
    if (!conflict?.theirs) return null;
    setMeta(metaFromArticle(conflict.theirs));
    if (conflict.fromLocalCopy) applyEdit(conflict.mine);
    dispatch({ type: 'resume' });
    setConflict(null);
    const intent = conflict.intent === 'autosave' ? 'save' : conflict.intent;
    return save(intent, { ...conflict.extras, resolvesConflict: true });
  }, [conflict, setMeta, applyEdit, dispatch, save]);

  const takeTheirs = useCallback(() => {
    if (!conflict?.theirs) return;
    replaceWithServer(conflict.theirs);
    setSetAside({ fields: conflict.mine, reason: 'tookTheirs' });
    setConflict(null);
  }, [conflict, replaceWithServer]);

  /** Keeps my fields within reach after something else replaced the form. */
  const putAside = useCallback((version: SetAsideVersion) => setSetAside(version), []);

  const restoreSetAside = useCallback(() => {
    if (setAside) applyEdit(setAside.fields);
    setSetAside(null);
  }, [setAside, applyEdit]);

  const forgetSetAside = useCallback(() => setSetAside(null), []);

  return { conflict, open, openForLocalCopy, retryLoad: load, keepMine, takeTheirs, setAside, putAside, restoreSetAside, forgetSetAside };
}
