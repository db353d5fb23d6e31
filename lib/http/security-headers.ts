import type { NextConfig } from 'next';
import { apiContentSecurityPolicy, readerContentSecurityPolicy, type PolicyOptions } from './content-security-policy';

export type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>;

export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * First path segments whose pages get their policy, with a nonce, from proxy.ts (keep the two
 * lists equal: proxy.test.ts checks), and `uploads`, whose route sets its own. Headers from these
 * rules win over a route's own, so no page-wide policy may reach those paths.
 */
export const perRequestPolicyPaths = ['admin', 'login', 'preview', 'invite', 'reset-password'] as const;
const ownPolicyPaths = [...perRequestPolicyPaths, 'api', 'uploads', '_next'];

/** Next's path pattern for every path except those under `ownPolicyPaths`. */
export const readerPolicySource = `/((?!(?:${ownPolicyPaths.join('|')})(?:/|$)).*)`;

// A TLS-terminating proxy says the visitor's connection was https (the first entry, when proxies
// are chained). Nothing needs trusting: browsers ignore HSTS received over plain http, so a visitor
// who forges the header learns nothing and changes nothing for anyone else.
const forwardedHttps = 'https(?:\\s*,.*)?';

/**
 * The security headers for next.config.ts `headers()`. Keys are lowercase so that a header set by
 * proxy.ts replaces, rather than duplicates, one of these.
 */
export function securityHeaderRules(options: PolicyOptions = {}): HeaderRules {
  return [
    {
      source: '/(.*)',
      headers: [
        { key: 'x-content-type-options', value: 'nosniff' },
        { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
      ],
    },
    {
      source: '/(.*)',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: forwardedHttps }],
      headers: [{ key: 'strict-transport-security', value: strictTransportSecurity }],
    },
    { source: readerPolicySource, headers: [{ key: 'content-security-policy', value: readerContentSecurityPolicy(options) }] },
    { source: '/api/(.*)', headers: [{ key: 'content-security-policy', value: apiContentSecurityPolicy }] },
  ];
}
