import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy } from '@/lib/http/content-security-policy';
import { perRequestPolicyPaths } from '@/lib/http/security-headers';
import { config, proxy } from './proxy';

type Matchers = Parameters<typeof getMiddlewareRouteMatcher>[0];
// How the build compiles the matcher (exported by the module, missing from its types).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as { getMiddlewareMatchers: (matcher: string[], nextConfig: object) => Matchers };

const sessionCookie = { cookie: 'next-auth.session-token=abc' };

function run(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`http://inkstone.test${path}`, { headers }));
}

function policyOf(response: Response) {
  const sent = response.headers.get('content-security-policy') ?? '';
  // NextResponse.next({ request: { headers } }) passes request headers on under this prefix.
  const forwarded = response.headers.get('x-middleware-request-content-security-policy') ?? '';
  return { sent, forwarded, nonce: getScriptNonceFromHeader(sent) ?? '' };
}

describe('proxy', () => {
  it('sends a visitor without a session cookie from /admin to the login page, keeping the address', () => {
    const response = run('/admin/articles/1?tab=history');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://inkstone.test/login?callbackUrl=%2Fadmin%2Farticles%2F1%3Ftab%3Dhistory');
  });

  it.each(['/admin', '/admin/tags', '/login', '/preview/articles/1', '/invite/t', '/reset-password/t'])(
    'gives %s a policy with a fresh nonce, on the response and on the request Next renders',
    (path) => {
      const response = run(path, sessionCookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-middleware-next')).toBe('1');
      expect(response.headers.get('x-middleware-rewrite')).toBeNull();
      const { sent, forwarded, nonce } = policyOf(response);
      expect(sent).toBe(adminContentSecurityPolicy(nonce));
      expect(forwarded).toBe(sent);
    },
  );

  it('never reuses a nonce, and replaces a policy the client sent', () => {
    const forged = adminContentSecurityPolicy('AAAAAAAAAAAAAAAAAAAAAA==');
    const first = policyOf(run('/login', { 'content-security-policy': forged }));
    const second = policyOf(run('/login'));
    expect(first.forwarded).not.toBe(forged);
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('proxy config', () => {
  const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
  const request = { headers: {} } as Parameters<typeof matches>[1];

  it.each(['/admin', '/admin/articles/1', '/login', '/preview/articles/1', '/invite/t', '/reset-password/t'])('runs on %s', (path) => {
    expect(matches(path, request, {})).toBe(true);
  });

  it.each(['/', '/articles/a', '/zh-tw/articles/a', '/topics/x', '/search', '/administrator', '/api/auth/session', '/uploads/a.png', '/feed.xml'])(
    'leaves %s (cached reader pages, API, files) alone',
    (path) => {
      expect(matches(path, request, {})).toBe(false);
    },
  );

  it('covers exactly the paths the page-wide reader policy leaves out', () => {
    expect(config.matcher.map((source) => source.split('/')[1])).toEqual([...perRequestPolicyPaths]);
  });
});
