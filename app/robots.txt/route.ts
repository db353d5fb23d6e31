import { connection } from 'next/server';
import { getSiteOrigin } from '@/lib/site/site-url';

// A route handler rather than app/robots.ts so the origin is read from SITE_URL when the server runs.
export async function GET(): Promise<Response> {
  await connection();
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /preview', 'Disallow: /api', '', `Sitemap: ${getSiteOrigin()}/sitemap.xml`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
