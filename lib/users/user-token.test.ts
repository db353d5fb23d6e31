import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateUserToken } from './generate-user-token';
import { hashUserToken } from './hash-user-token';
import { userTokenSchema } from './user-input-schema';

describe('user tokens', () => {
  it('are 32 random bytes in base64url, different every time, and match the token schema', () => {
    const first = generateUserToken();
    const second = generateUserToken();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(first.token).not.toBe(second.token);
    expect(userTokenSchema.safeParse(first.token).success).toBe(true);
  });

  it('are stored as the SHA-256 hex of the token, never the token itself', () => {
    const { token, tokenHash } = generateUserToken();
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashUserToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each(['', 'short', `${'a'.repeat(43)}=`, `${'a'.repeat(42)}/`, 'a'.repeat(44)])('the token schema refuses %j', (token) => {
    expect(userTokenSchema.safeParse(token).success).toBe(false);
  });
});
