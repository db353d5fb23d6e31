'use client';

import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import { removeLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft-store';

const writeDelayMs = 300;

export interface LocalDraftWriter {
  /** Writes the copy within ~300 ms (the newest state wins). */
  schedule(fields: ArticleFormFields, baseVersion: number): void;
  /** Writes a pending copy now (the page is going away). */
  flush(): void;
  /** Drops the copy and any pending write: the server holds exactly this state. */
  clear(): void;
}

/** Keeps the browser's copy of the unsaved edits of one article (see local-draft-store.ts). */
export function useLocalDraft(articleId: string): LocalDraftWriter {
  const pending = useRef<LocalDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current) writeLocalDraft(window.localStorage, articleId, pending.current);
    pending.current = null;
  }, [articleId]);

  const schedule = useCallback(
    (fields: ArticleFormFields, baseVersion: number) => {
      pending.current = { baseVersion, fields, changedAt: new Date().toISOString() };
      timer.current ??= setTimeout(flush, writeDelayMs);
    },
    [flush],
  );

  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    removeLocalDraft(window.localStorage, articleId);
  }, [articleId]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return useMemo(() => ({ schedule, flush, clear }), [schedule, flush, clear]);
}
