import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { authOptions } from './auth-options';
import { authorizeLogin } from './authorize-login';
import { accountFailureLimit, addressFailureLimit } from './login-limits';
import { hashPassword } from './password';

const password = 'correct horse battery';
const browser = { 'user-agent': 'Mozilla/5.0 (test)', 'x-forwarded-for': '203.0.113.7' };

type Authorize = (credentials: unknown, request: { headers: Record<string, string> }) => Promise<unknown>;
// CredentialsProvider keeps the authorize() it was given under `options`.
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function failTimes(count: number, email: (index: number) => string, headers: Record<string, string> = browser) {
  for (let index = 0; index < count; index += 1) {
    expect(await authorizeLogin({ email: email(index), password: 'wrong guess' }, headers)).toEqual({ status: 'invalid' });
  }
}

describe('authorizeLogin', () => {
  const savedTrustProxy = process.env.TRUST_PROXY;
  beforeEach(async () => {
    await resetDatabase(getPrisma());
    delete process.env.TRUST_PROXY;
    await getPrisma().user.create({ data: { email: 'editor@test.local', name: '编辑', passwordHash: await hashPassword(password), role: 'EDITOR' } });
  });
  afterEach(() => {
    if (savedTrustProxy === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = savedTrustProxy;
  });

  it('after the allowed failures refuses even the right password, without checking it', async () => {
    await failTimes(accountFailureLimit, () => 'Editor@Test.Local');
    expect(await authorizeLogin({ email: 'editor@test.local', password }, browser)).toEqual({ status: 'throttled', retryAfterMinutes: 15 });
    const actions = (await getPrisma().auditLog.findMany({ orderBy: { createdAt: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual([...Array<string>(accountFailureLimit).fill('auth.login_failed'), 'auth.login_throttled']);
  });

  it('gives the same refusal, with the same message code, whether or not the email exists', async () => {
    await failTimes(accountFailureLimit, () => 'editor@test.local', { ...browser, 'x-forwarded-for': '1.1.1.1' });
    await failTimes(accountFailureLimit, () => 'nobody@test.local', { ...browser, 'x-forwarded-for': '2.2.2.2' });
    const known = await authorize({ email: 'editor@test.local', password }, { headers: browser }).catch((error: Error) => error.message);
    const unknown = await authorize({ email: 'nobody@test.local', password }, { headers: browser }).catch((error: Error) => error.message);
    expect(known).toBe('TooManyAttempts-15');
    expect(unknown).toBe(known);
  });

  it('limits one address over many emails, and a forged X-Forwarded-For picks no fresh address', async () => {
    await failTimes(addressFailureLimit, (index) => `guess-${index}@test.local`, { 'x-forwarded-for': '203.0.113.7' });
    const forged = { 'x-forwarded-for': '198.51.100.99' };
    expect(await authorizeLogin({ email: 'editor@test.local', password }, forged)).toEqual({ status: 'throttled', retryAfterMinutes: 15 });
  });

  it('behind a trusted proxy tells clients apart by the address the proxy appended', async () => {
    process.env.TRUST_PROXY = '1';
    await failTimes(addressFailureLimit, (index) => `guess-${index}@test.local`, { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' });
    expect(await authorizeLogin({ email: 'editor@test.local', password }, { 'x-forwarded-for': '198.51.100.99, 203.0.113.7' })).toMatchObject({ status: 'throttled' });
    expect(await authorizeLogin({ email: 'editor@test.local', password }, { 'x-forwarded-for': '203.0.113.8' })).toMatchObject({ status: 'signedIn' });
  });

  it("a success clears that account's failures", async () => {
    await failTimes(accountFailureLimit - 1, () => 'editor@test.local');
    expect(await authorizeLogin({ email: 'editor@test.local', password }, browser)).toMatchObject({ status: 'signedIn' });
    await failTimes(accountFailureLimit, () => 'editor@test.local');
    expect(await authorizeLogin({ email: 'editor@test.local', password }, browser)).toMatchObject({ status: 'throttled' });
  });

  it('opens a new session row at every sign-in, with the user agent cut to length', async () => {
    const headers = { ...browser, 'user-agent': `Agent/${'x'.repeat(1000)}` };
    const first = await authorizeLogin({ email: 'editor@test.local', password }, headers);
    const second = await authorizeLogin({ email: 'editor@test.local', password }, headers);
    if (first.status !== 'signedIn' || second.status !== 'signedIn') throw new Error('expected both sign-ins to succeed');
    expect(first.user.sessionId).not.toBe(second.user.sessionId);
    const sessions = await getPrisma().userSession.findMany({ where: { userId: first.user.id } });
    expect(sessions.map((session) => session.id).sort()).toEqual([first.user.sessionId, second.user.sessionId].sort());
    expect(sessions[0]?.userAgent).toHaveLength(256);
  });

  it('answers a configuration error with a code that says nothing more', async () => {
    process.env.TRUST_PROXY = 'maybe';
    const error = await authorize({ email: 'editor@test.local', password }, { headers: browser }).catch((caught: Error) => caught.message);
    expect(error).toBe('Unavailable');
  });
});
