import { describe, expect, it } from 'vitest';
import { deriveRevalidateKey, isValidRevalidateSignature, signRevalidateBody } from './internal-revalidate-signature';

const key = deriveRevalidateKey('the-auth-secret');
const body = '{"tags":["article:hu-bei"]}';
const now = Date.UTC(2026, 10, 21, 8, 0, 0);

describe('internal revalidation signatures', () => {
  it('derives a key that is not the auth secret and differs per secret', () => {
    expect(key).toHaveLength(32);
    expect(key.toString('utf8')).not.toContain('the-auth-secret');
    expect(deriveRevalidateKey('another-secret').equals(key)).toBe(false);
    expect(deriveRevalidateKey('the-auth-secret').equals(key)).toBe(true);
  });

  it('accepts its own signature of the exact body', () => {
    expect(isValidRevalidateSignature(key, body, signRevalidateBody(key, body, now), now)).toBe(true);
  });

  it.each([
    ['another body', (signature: string) => ({ body: '{"tags":["article:other"]}', signature, key })],
    ['another key', (signature: string) => ({ body, signature, key: deriveRevalidateKey('another-secret') })],
    ['a flipped digit', (signature: string) => ({ body, signature: signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0'), key })],
    ['a changed timestamp', (signature: string) => ({ body, signature: signature.replace(/^\d+/, (seconds) => String(Number(seconds) + 1)), key })],
    ['a truncated mac', (signature: string) => ({ body, signature: signature.slice(0, -2), key })],
    ['no signature', () => ({ body, signature: null, key })],
    ['garbage', () => ({ body, signature: 'abc.def', key })],
  ])('refuses %s', (_label, tamper) => {
    const attempt = tamper(signRevalidateBody(key, body, now));
    expect(isValidRevalidateSignature(attempt.key, attempt.body, attempt.signature, now)).toBe(false);
  });

  it('refuses a signature more than a minute old or ahead', () => {
    const signature = signRevalidateBody(key, body, now);
    expect(isValidRevalidateSignature(key, body, signature, now + 59_000)).toBe(true);
    expect(isValidRevalidateSignature(key, body, signature, now + 61_000)).toBe(false);
    expect(isValidRevalidateSignature(key, body, signature, now - 61_000)).toBe(false);
  });
});
