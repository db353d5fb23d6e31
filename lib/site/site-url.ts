import { z } from 'zod';

const fallbackOrigin = 'http://localhost:3000';

// An origin only: http(s), a host, and no path, query or fragment (a trailing slash is fine).
const originSchema = z
  .url({ protocol: /^https?$/ })
  .transform((value) => new URL(value))
  .refine((url) => (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password);

function parseOrigin(value: string | undefined): string | null {
  if (!value) return null;
  const parsed = originSchema.safeParse(value.trim());
  return parsed.success ? parsed.data.origin : null;
}

/**
 * The public origin of the site for absolute links (canonical URLs, feeds, JSON-LD): SITE_URL,
 * else NEXTAUTH_URL's origin, else http://localhost:3000. An invalid SITE_URL is an error, so a
 * misconfigured deployment fails loudly instead of publishing wrong links.
 */
export function getSiteOrigin(env: Record<string, string | undefined> = process.env): string {
  const siteUrl = env.SITE_URL?.trim();
  if (siteUrl) {
    const origin = parseOrigin(siteUrl);
    if (!origin) throw new Error(`SITE_URL must be an http(s) origin without a path, e.g. https://news.example.com (got ${siteUrl})`);
    return origin;
  }
  const nextAuthUrl = env.NEXTAUTH_URL?.trim();
  return (nextAuthUrl && URL.canParse(nextAuthUrl) && /^https?:$/.test(new URL(nextAuthUrl).protocol) ? new URL(nextAuthUrl).origin : null) ?? fallbackOrigin;
}

/** `path` (starting with /) as an absolute URL on the site. */
export function absoluteUrl(path: string, env?: Record<string, string | undefined>): string {
  return new URL(path, getSiteOrigin(env)).toString();
}
