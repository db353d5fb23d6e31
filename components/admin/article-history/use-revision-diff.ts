'use client';

import { useEffect, useState } from 'react';
import type { ActionErrorCode } from '@/lib/actions/action-result';
import type { ArticleDiff } from '@/lib/revisions/diff-article-versions';
import { compareRevisionsAction } from '@/app/(admin)/admin/articles/[id]/revision-actions';

export type RevisionDiffState =
  | { kind: 'loading' }
  | { kind: 'ready'; diff: ArticleDiff }
  | { kind: 'failed'; error: ActionErrorCode };

type Answer = { key: string } & ({ ok: true; diff: ArticleDiff } | { ok: false; error: ActionErrorCode });

/** The diff between two revisions, either of which may be 'current' (the article now). */
export function useRevisionDiff(articleId: string, fromId: string, toId: string, currentVersion: number): RevisionDiffState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  // 'current' means something new after every save, so the version is part of the question.
  const key = `${articleId}:${fromId}:${toId}:${currentVersion}`;

  useEffect(() => {
    let isCurrent = true;
    compareRevisionsAction({ articleId, fromId, toId })
      .then((result) => {
        if (isCurrent) setAnswer(result.ok ? { key, ok: true, diff: result.data } : { key, ok: false, error: result.error });
      })
      .catch(() => {
        if (isCurrent) setAnswer({ key, ok: false, error: 'INTERNAL' });
      });
    return () => {
      isCurrent = false;
    };
  }, [articleId, fromId, toId, key]);

  if (!answer || answer.key !== key) return { kind: 'loading' };
  return answer.ok ? { kind: 'ready', diff: answer.diff } : { kind: 'failed', error: answer.error };
}
