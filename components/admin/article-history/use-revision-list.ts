'use client';

import { useEffect, useState } from 'react';
import type { ActionErrorCode } from '@/lib/actions/action-result';
import type { RevisionSummary } from '@/lib/revisions/list-revisions';
import { listRevisionsAction } from '@/app/(admin)/admin/articles/[id]/revision-actions';

export type RevisionListState =
  | { kind: 'loading'; revisions: RevisionSummary[] }
  | { kind: 'ready'; revisions: RevisionSummary[] }
  | { kind: 'failed'; revisions: RevisionSummary[]; error: ActionErrorCode };

interface Answer {
  key: string;
  revisions: RevisionSummary[];
  error: ActionErrorCode | null;
}

/** The article's revisions, fetched again whenever the article's version changes (or on retry). */
export function useRevisionList(articleId: string, currentVersion: number) {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ key: '', revisions: [], error: null });
  const key = `${articleId}:${currentVersion}:${attempt}`;

  useEffect(() => {
    let isCurrent = true;
    const settle = (update: (previous: Answer) => Answer) => {
      if (isCurrent) setAnswer(update);
    };
    listRevisionsAction({ articleId })
      .then((result) => settle((previous) => (result.ok ? { key, revisions: result.data, error: null } : { ...previous, key, error: result.error })))
      .catch(() => settle((previous) => ({ ...previous, key, error: 'INTERNAL' })));
    return () => {
      isCurrent = false;
    };
  }, [articleId, key]);

  // While a newer answer is on its way the last list stays on screen.
  const state: RevisionListState =
    answer.key !== key ? { kind: 'loading', revisions: answer.revisions }
    : answer.error ? { kind: 'failed', revisions: answer.revisions, error: answer.error }
    : { kind: 'ready', revisions: answer.revisions };
  return { state, retry: () => setAttempt((value) => value + 1) };
}
