'use client';

import { useCallback, useRef } from 'react';
import { saveArticleAction } from '@/app/(admin)/admin/articles/[id]/actions';
import type { ActionErrorCode, FieldErrorCode } from '@/lib/actions/action-result';
import type { ArticleIntent } from '@/lib/articles/article-input-schema';
import type { SaveArticleResult } from '@/lib/articles/save-article';
import { hasUnsavedChanges } from './autosave-reducer';
import type { ArticleDocument } from './use-article-document';

export interface SaveExtras {
  scheduledAt?: string;
  confirmReview?: boolean;
  resolvesConflict?: boolean;
}

export type SaveOutcome =
  | { kind: 'saved'; result: SaveArticleResult }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'rejected'; error: ActionErrorCode; fieldErrors: Record<string, FieldErrorCode> }
  | { kind: 'skipped' };

interface SaverOptions {
  articleId: string;
  timeZone: string;
  lockToken: string;
  onConflict: (intent: ArticleIntent, extras: SaveExtras) => void;
}

/**
 * Sends saves one at a time, in order: each is based on the version the previous one produced.
 * A network failure (or a server error) is retried by autosave; a conflict pauses autosave and
 * hands over to the conflict dialog; refused content waits for the next edit.
 */
export function useArticleSaver(document: ArticleDocument, { articleId, timeZone, lockToken, onConflict }: SaverOptions) {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const queued = useRef(0);
  const { fieldsRef, metaRef, autosaveRef, dispatch, applySaveResult } = document;

  const send = useCallback(
    async (intent: ArticleIntent, extras: SaveExtras): Promise<SaveOutcome> => {
      const state = autosaveRef.current;
      if (intent === 'autosave' && (state.paused || !hasUnsavedChanges(state))) return { kind: 'skipped' };
      const seq = state.editSeq;
      dispatch({ type: 'start', seq, at: Date.now() });
      let outcome: Awaited<ReturnType<typeof saveArticleAction>>;
      try {
        outcome = await saveArticleAction({ ...fieldsRef.current, ...extras, id: articleId, baseVersion: metaRef.current.version, intent, lockToken });
      } catch {
        dispatch({ type: 'networkFail', at: Date.now() });
        return { kind: 'offline' };
      }
      if (outcome.ok) {
        applySaveResult(outcome.data, { seq, manual: intent !== 'autosave', confirmedReview: Boolean(extras.confirmReview) }, timeZone);
        return { kind: 'saved', result: outcome.data };
      }
      if (outcome.error === 'CONFLICT') {
        dispatch({ type: 'conflict' });
        onConflict(intent, extras);
        return { kind: 'conflict' };
      }
      if (outcome.error === 'INTERNAL') {
        dispatch({ type: 'networkFail', at: Date.now() });
        return { kind: 'offline' };
      }
      const fieldErrors = outcome.fieldErrors ?? {};
      const blocksAutosave = (intent === 'autosave' || intent === 'save') && fieldErrors.needsReview === undefined;
      dispatch({ type: 'reject', seq, error: outcome.error, fieldErrors, blocksAutosave });
      return { kind: 'rejected', error: outcome.error, fieldErrors };
    },
    [articleId, timeZone, lockToken, onConflict, fieldsRef, metaRef, autosaveRef, dispatch, applySaveResult],
  );

  const save = useCallback(
    (intent: ArticleIntent, extras: SaveExtras = {}): Promise<SaveOutcome> => {
      queued.current += 1;
      const job = queue.current.then(() => send(intent, extras)).finally(() => {
        queued.current -= 1;
      });
      queue.current = job.catch(() => undefined);
      return job;
    },
    [send],
  );

  /** True while a save runs or waits: an autosave then has nothing to add. */
  const isBusy = useCallback(() => queued.current > 0, []);

  return { save, isBusy };
}
