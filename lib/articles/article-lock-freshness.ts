/** A soft lock without a heartbeat for this long is abandoned (the editor heartbeats every 30 s). */
export const articleLockStaleAfterMs = 90 * 1000;

export function isArticleLockFresh(lock: { lockToken: string | null; lockSeenAt: Date | null }, now: Date): boolean {
  return lock.lockToken !== null && lock.lockSeenAt !== null && now.getTime() - lock.lockSeenAt.getTime() < articleLockStaleAfterMs;
}
