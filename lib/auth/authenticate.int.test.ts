import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { authenticate } from './authenticate';
import { hashPassword } from './password';

describe('authenticate', () => {
  beforeEach(async () => {
    await resetDatabase(getPrisma());
    const passwordHash = await hashPassword('correct horse');
    await getPrisma().user.createMany({
      data: [
        { email: 'editor@test.local', name: '编辑', passwordHash, role: 'EDITOR' },
        { email: 'gone@test.local', name: '离职', passwordHash, role: 'ADMIN', disabled: true },
      ],
    });
  });

  it('accepts the right password, whatever the email case, and carries the role', async () => {
    expect(await authenticate({ email: ' Editor@Test.Local ', password: 'correct horse' })).toMatchObject({ email: 'editor@test.local', role: 'EDITOR', sessionVersion: 0 });
  });

  it.each([
    ['a wrong password', { email: 'editor@test.local', password: 'wrong' }],
    ['an unknown email', { email: 'nobody@test.local', password: 'correct horse' }],
    ['a disabled account', { email: 'gone@test.local', password: 'correct horse' }],
    ['malformed input', { email: 42, password: null }],
  ])('refuses %s', async (_case, input) => {
    expect(await authenticate(input)).toBeNull();
  });

  it('audits successes and failures without storing the password', async () => {
    await authenticate({ email: 'editor@test.local', password: 'correct horse' });
    await authenticate({ email: 'editor@test.local', password: 'secret-typo' });
    const entries = await getPrisma().auditLog.findMany({ orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => entry.action)).toEqual(['auth.login', 'auth.login_failed']);
    expect(JSON.stringify(entries)).not.toContain('secret-typo');
  });
});
