'use client';

import { useCallback, useRef, useState } from 'react';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { decideLocalDraftRecovery, readLocalDraft, removeLocalDraft } from './local-draft-store';
import type { ArticleDocument } from './use-article-document';

interface RecoveryOptions {
  enabled: boolean;
  /** A copy made on an older version than the server's: the editor chooses, as in a save conflict. */
  onConflict: (mine: ArticleFormFields, theirs: ArticleForEditing) => void;
}

/**
 * On load, brings back edits a previous visit left unsaved in this browser. Runs once the body
 * editor exists, so the recovered body goes into it as well.
 */
export function useLocalDraftRecovery(document: ArticleDocument, article: ArticleForEditing, { enabled, onConflict }: RecoveryOptions) {
  const [isRecovered, setIsRecovered] = useState(false);
  const hasChecked = useRef(false);
  const { applyEdit, replaceWithServer, metaRef } = document;

  const check = useCallback(() => {
    if (!enabled || hasChecked.current) return;
    hasChecked.current = true;
    const local = readLocalDraft(window.localStorage, article.id);
    const decision = decideLocalDraftRecovery(local, { version: article.version, fields: article.fields });
    if (decision === 'discard') removeLocalDraft(window.localStorage, article.id);
    if (!local) return;
    if (decision === 'restore') {
      applyEdit(local.fields);
      setIsRecovered(true);
    } else if (decision === 'conflict') {
      onConflict(local.fields, article);
    }
  }, [enabled, article, applyEdit, onConflict]);

  /** Back to the server's version: quietly if the recovered edits were never saved, else as a new edit. */
  const discard = useCallback(() => {
    if (metaRef.current.version === article.version) replaceWithServer(article);
    else applyEdit(article.fields);
    setIsRecovered(false);
  }, [article, metaRef, replaceWithServer, applyEdit]);

  const dismiss = useCallback(() => setIsRecovered(false), []);

  return { isRecovered, check, discard, dismiss };
}
