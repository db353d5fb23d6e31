import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('正确的密码-correct');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, '正确的密码-correct')).toBe(true);
    expect(await verifyPassword(stored, '错误的密码')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
