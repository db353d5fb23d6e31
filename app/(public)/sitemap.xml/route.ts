import { connection } from 'next/server';
import { renderSitemap } from '@/lib/sitemap/render-sitemap';
import { xmlResponse } from '@/lib/sitemap/xml-response';
import { getSiteOrigin } from '@/lib/site/site-url';

// Answered when requested (never prerendered at build), from the cached sitemap data.
export async function GET(): Promise<Response> {
  await connection();
  return xmlResponse(await renderSitemap(getSiteOrigin()));
}
