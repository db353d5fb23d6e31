import { describe, expect, it } from 'vitest';
import { isSessionExpired } from './is-session-expired';

const minute = 60_000;
const signIn = new Date('2026-11-24T08:00:00Z');
const at = (minutes: number) => new Date(signIn.getTime() + minutes * minute);

describe('isSessionExpired', () => {
  it.each([
    ['just signed in', { createdAt: signIn, lastSeenAt: signIn }, at(0), false],
    ['idle for 1 h 59 min', { createdAt: signIn, lastSeenAt: signIn }, at(119), false],
    ['idle for 2 h', { createdAt: signIn, lastSeenAt: signIn }, at(120), true],
    ['active until a minute ago, 7 h 59 min after sign-in', { createdAt: signIn, lastSeenAt: at(478) }, at(479), false],
    ['active until a minute ago, 8 h after sign-in', { createdAt: signIn, lastSeenAt: at(479) }, at(480), true],
  ])('%s → %s', (_case, session, now, expected) => {
    expect(isSessionExpired(session, now)).toBe(expected);
  });
});
