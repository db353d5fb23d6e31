'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { claimArticleLockAction, releaseArticleLockAction } from '@/app/(admin)/admin/articles/[id]/actions';
import type { ArticleLockClaim } from '@/lib/articles/claim-article-lock';
import type { ArticleLockHolder } from '@/lib/articles/get-article-for-editing';

export const lockHeartbeatMs = 30_000;
/** Typing again after a pause this long asks the server at once whether the lock is still ours. */
const idleBeforeCheckMs = 5_000;

export type LockState =
  | { kind: 'checking' }
  | { kind: 'mine' }
  /** Someone else is editing: the form is read-only until taken over. */
  | { kind: 'other'; holderName: string; since: string }
  /** Someone took the lock over while this window was editing: it stays editable, saves will conflict. */
  | { kind: 'taken'; holderName: string; since: string };

/** A random id for this window; randomUUID needs a secure context, getRandomValues does not. */
function newLockToken(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

interface LockOptions {
  articleId: string;
  initialLock: ArticleLockHolder | null;
  currentUserId: string;
  enabled: boolean;
}

/**
 * The soft lock of one editor window: claimed on mount, kept with a heartbeat, released when the
 * window goes away (best effort: a lock without heartbeat goes stale on the server by itself).
 */
export function useArticleLock({ articleId, initialLock, currentUserId, enabled }: LockOptions) {
  const [token] = useState(newLockToken);
  const [state, setState] = useState<LockState>(() =>
    initialLock && initialLock.holderId !== currentUserId ? { kind: 'other', holderName: initialLock.holderName, since: initialLock.since } : { kind: 'checking' },
  );
  const lastCheck = useRef(0);
  const lastActivity = useRef(0);
  const isOwnLock = initialLock?.holderId === currentUserId;

  const requestClaim = useCallback(
    async (takeOver: boolean): Promise<ArticleLockClaim | null> => {
      lastCheck.current = Date.now();
      try {
        const outcome = await claimArticleLockAction({ id: articleId, token, takeOver });
        return outcome.ok ? outcome.data : null;
      } catch {
        // Offline: the heartbeat tries again; the server keeps the lock for a while.
        return null;
      }
    },
    [articleId, token],
  );

  const applyClaim = useCallback((answer: ArticleLockClaim | null) => {
    if (!answer) return;
    setState((previous) => {
      if (answer.state === 'mine') return { kind: 'mine' };
      const wasMine = previous.kind === 'mine' || previous.kind === 'taken';
      return { kind: wasMine ? 'taken' : 'other', holderName: answer.holderName, since: answer.since };
    });
  }, []);

  const claim = useCallback((takeOver: boolean) => requestClaim(takeOver).then(applyClaim), [requestClaim, applyClaim]);

  useEffect(() => {
    if (!enabled) return;
    // My own lock from another window (or from before a reload) is taken over without asking.
    void requestClaim(isOwnLock).then(applyClaim);
    const heartbeat = setInterval(() => void claim(false), lockHeartbeatMs);
    // A beacon outlives the page; a server action started on pagehide is usually cancelled.
    const release = () => {
      const url = `/api/articles/${encodeURIComponent(articleId)}/lock/release`;
      const sent = navigator.sendBeacon?.(url, new Blob([JSON.stringify({ token })], { type: 'application/json' }));
      if (!sent) void releaseArticleLockAction({ id: articleId, token }).catch(() => undefined);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void claim(false);
    };
    window.addEventListener('pagehide', release);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      clearInterval(heartbeat);
      window.removeEventListener('pagehide', release);
      window.removeEventListener('pageshow', onPageShow);
      release();
    };
  }, [enabled, isOwnLock, claim, requestClaim, applyClaim, articleId, token]);

  /** Called on edits: typing again after a pause learns at once whether someone took over meanwhile. */
  const noteActivity = useCallback(() => {
    const now = Date.now();
    const resumed = now - lastActivity.current > idleBeforeCheckMs;
    lastActivity.current = now;
    if (enabled && resumed && now - lastCheck.current > 1_000) void claim(false);
  }, [enabled, claim]);

  const refresh = useCallback(() => (enabled ? claim(false) : Promise.resolve()), [enabled, claim]);
  const takeOver = useCallback(() => claim(true), [claim]);

  return { token, state, takeOver, refresh, noteActivity };
}
