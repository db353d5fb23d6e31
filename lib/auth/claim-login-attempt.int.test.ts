import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { claimLoginAttempt } from './claim-login-attempt';
import { clearLoginFailures } from './clear-login-failures';
import { accountFailureLimit, addressFailureLimit } from './login-limits';

const start = new Date('2026-11-24T08:00:00Z');
const minutesLater = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** A failed attempt: claimed and never cleared. */
async function fail(account: string, address: string, at: Date) {
  const claim = await claimLoginAttempt({ account, address }, at);
  expect(claim.ok).toBe(true);
  return claim;
}

describe('claimLoginAttempt', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it(`allows ${accountFailureLimit} failures per account, then refuses until the oldest leaves the 15-minute window`, async () => {
    for (let minute = 0; minute < accountFailureLimit; minute += 1) await fail('editor@test.local', '203.0.113.1', minutesLater(minute));
    expect(await claimLoginAttempt({ account: 'editor@test.local', address: '203.0.113.2' }, minutesLater(5))).toEqual({
      ok: false,
      scope: 'account',
      retryAfterMinutes: 10,
    });
    expect(await claimLoginAttempt({ account: 'editor@test.local', address: '203.0.113.2' }, minutesLater(14.5))).toMatchObject({ ok: false, retryAfterMinutes: 1 });
    expect((await claimLoginAttempt({ account: 'editor@test.local', address: '203.0.113.2' }, minutesLater(15))).ok).toBe(true);
  });

  it('does not count refused attempts, so retrying does not extend the wait', async () => {
    for (let index = 0; index < accountFailureLimit; index += 1) await fail('editor@test.local', '203.0.113.1', start);
    for (let index = 0; index < 3; index += 1) {
      expect((await claimLoginAttempt({ account: 'editor@test.local', address: '203.0.113.1' }, minutesLater(10))).ok).toBe(false);
    }
    expect(await getPrisma().loginFailure.count({ where: { scope: 'account' } })).toBe(accountFailureLimit);
    expect((await claimLoginAttempt({ account: 'editor@test.local', address: '203.0.113.1' }, minutesLater(15))).ok).toBe(true);
  });

  it('counts accounts apart: another email from another address is not limited', async () => {
    for (let index = 0; index < accountFailureLimit; index += 1) await fail('editor@test.local', '203.0.113.1', start);
    expect((await claimLoginAttempt({ account: 'other@test.local', address: '198.51.100.9' }, start)).ok).toBe(true);
  });

  it(`allows ${addressFailureLimit} failures per address over any emails, then refuses that address only`, async () => {
    for (let index = 0; index < addressFailureLimit; index += 1) await fail(`guess-${index}@test.local`, '203.0.113.1', minutesLater(index / 2));
    expect(await claimLoginAttempt({ account: 'fresh@test.local', address: '203.0.113.1' }, minutesLater(10))).toEqual({
      ok: false,
      scope: 'address',
      retryAfterMinutes: 5,
    });
    expect((await claimLoginAttempt({ account: 'fresh@test.local', address: '198.51.100.9' }, minutesLater(10))).ok).toBe(true);
  });

  it('forgets failures older than the window and deletes their rows', async () => {
    for (let index = 0; index < accountFailureLimit; index += 1) await fail('editor@test.local', '203.0.113.1', start);
    expect((await claimLoginAttempt({ account: 'editor@test.local', address: '203.0.113.1' }, minutesLater(16))).ok).toBe(true);
    expect(await getPrisma().loginFailure.count({ where: { failedAt: { lte: minutesLater(1) } } })).toBe(0);
  });

  it("a success clears that account's failures and its own attempt, not the address's earlier failures", async () => {
    for (let index = 0; index < accountFailureLimit - 1; index += 1) await fail('editor@test.local', '203.0.113.1', start);
    await fail('other@test.local', '203.0.113.1', start);
    const success = await fail('editor@test.local', '203.0.113.1', start);
    if (!success.ok) throw new Error('expected the attempt to be allowed');
    await clearLoginFailures({ account: 'editor@test.local', attemptIds: success.attemptIds });
    const left = await getPrisma().loginFailure.findMany({ select: { scope: true, key: true } });
    expect(left.filter((row) => row.scope === 'account')).toEqual([{ scope: 'account', key: 'other@test.local' }]);
    expect(left.filter((row) => row.scope === 'address')).toHaveLength(accountFailureLimit);
    for (let index = 0; index < accountFailureLimit; index += 1) await fail('editor@test.local', '198.51.100.9', minutesLater(1));
  });
});
