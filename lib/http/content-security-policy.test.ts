import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, createCspNonce } from './content-security-policy';

describe('adminContentSecurityPolicy', () => {
  const nonce = 'AAECAwQFBgcICQoLDA0ODw==';

  it('runs only scripts with the nonce (and what they load), and is never framed', () => {
    expect(adminContentSecurityPolicy(nonce)).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        `form-action 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; img-src 'self' https: data: blob:; frame-ancestors 'none'`,
    );
  });

  it('is read back by Next, which then puts the nonce on its own scripts', () => {
    expect(getScriptNonceFromHeader(adminContentSecurityPolicy(nonce))).toBe(nonce);
  });

  it('allows eval only in development', () => {
    expect(adminContentSecurityPolicy(nonce, { isDevelopment: true })).toContain("'strict-dynamic' 'unsafe-eval';");
  });

  it.each(['', 'short', "abc'; script-src *; x='aaaaaaaaaaaaaaaa", 'a b c d e f g h i j k l'])('refuses the nonce %j', (bad) => {
    expect(() => adminContentSecurityPolicy(bad)).toThrow();
  });
});

describe('createCspNonce', () => {
  it('makes a different 16-byte base64 nonce every time', () => {
    const nonces = Array.from({ length: 50 }, createCspNonce);
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    }
  });
});
