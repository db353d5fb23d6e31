import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { modifyRouteRegex } from 'next/dist/lib/redirect-status';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { describe, expect, it } from 'vitest';
import { apiContentSecurityPolicy, readerContentSecurityPolicy } from './content-security-policy';
import { securityHeaderRules, strictTransportSecurity } from './security-headers';

// The headers Next's server adds for a request, matching each rule as its router does.
function headersFor(path: string, requestHeaders: Record<string, string> = {}): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  request.headers = requestHeaders;
  const result: Record<string, string> = {};
  for (const rule of securityHeaderRules()) {
    const match = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, regexModifier: (regex) => modifyRouteRegex(regex) });
    if (match(path) === false) continue;
    if (rule.has && matchHas(request, {}, rule.has, rule.missing) === false) continue;
    for (const { key, value } of rule.headers) result[key] = value;
  }
  return result;
}

describe('securityHeaderRules', () => {
  it.each(['/', '/articles/a', '/zh-tw/topics/b', '/search', '/feed.xml', '/admin', '/login', '/api/auth/csrf', '/uploads/a.png', '/_next/static/x.js'])(
    'sends nosniff and a referrer policy on %s',
    (path) => {
      expect(headersFor(path)).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
    },
  );

  it.each(['/', '/articles/a', '/zh-tw/articles/a', '/zh-hk/topics/b/c', '/topics', '/search', '/administrator', '/login-help', '/previews', '/sitemap.xml'])(
    'gives the reader page %s the policy without a nonce',
    (path) => {
      expect(headersFor(path)['content-security-policy']).toBe(readerContentSecurityPolicy());
    },
  );

  it.each(['/admin', '/admin/articles/1', '/login', '/preview/articles/1', '/invite/t', '/reset-password/t', '/uploads/a.png', '/_next/static/x.js'])(
    'leaves %s to the proxy or the route, with no page-wide policy',
    (path) => {
      expect(headersFor(path)).not.toHaveProperty('content-security-policy');
    },
  );

  it('locks API responses down', () => {
    expect(headersFor('/api/uploads/images')['content-security-policy']).toBe(apiContentSecurityPolicy);
  });

  it.each([
    ['https', true],
    ['https, http', true],
    ['http', false],
    ['http, https', false],
    ['httpsx', false],
  ])('sends HSTS when X-Forwarded-Proto is %j: %s', (proto, expected) => {
    const headers = headersFor('/articles/a', { 'x-forwarded-proto': proto });
    expect(headers['strict-transport-security']).toBe(expected ? strictTransportSecurity : undefined);
  });

  it('sends no HSTS to a request that did not come through a TLS proxy', () => {
    expect(headersFor('/admin')).not.toHaveProperty('strict-transport-security');
  });
});

describe('readerContentSecurityPolicy', () => {
  it('blocks plugins, foreign bases and forms, and framing by other sites, and allows only the site’s and inline scripts', () => {
    expect(readerContentSecurityPolicy()).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'self'",
    );
  });

  it('allows eval only in development', () => {
    expect(readerContentSecurityPolicy({ isDevelopment: true })).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval';");
    expect(readerContentSecurityPolicy()).not.toContain('unsafe-eval');
  });
});
