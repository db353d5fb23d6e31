import { sessionIdleMs, sessionLifetimeMs } from './session-limits';

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

/** Idle for too long, or older than the absolute lifetime. */
export function isSessionExpired(session: SessionTimes, now: Date): boolean {
  const time = now.getTime();
  return time - session.lastSeenAt.getTime() >= sessionIdleMs || time - session.createdAt.getTime() >= sessionLifetimeMs;
}
