/** A session ends after this long without a request (the editor's lock heartbeat counts). */
export const sessionIdleMs = 2 * 60 * 60 * 1000;
/** A session ends this long after sign-in, however active. */
export const sessionLifetimeMs = 8 * 60 * 60 * 1000;
/** last_seen_at is written at most this often per session, not on every request. */
export const sessionTouchMs = 60 * 1000;
