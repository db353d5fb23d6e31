import { connection } from 'next/server';
import { countSitemapChunks } from '@/lib/sitemap/count-sitemap-chunks';
import { renderSitemapChunk } from '@/lib/sitemap/render-sitemap-chunk';
import { xmlResponse } from '@/lib/sitemap/xml-response';
import { getSiteOrigin } from '@/lib/site/site-url';

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Sitemap chunk <n> of the index at /sitemap.xml; any other name, or a chunk past the end, is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  await connection();
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).file);
  if (!match?.[1]) return notFound();
  const chunk = Number(match[1]);
  if (chunk > (await countSitemapChunks())) return notFound();
  return xmlResponse(await renderSitemapChunk(getSiteOrigin(), chunk));
}
