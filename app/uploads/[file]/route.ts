// GET /uploads/<id>.<ext> — an image uploaded through the editor, from the Media table. The bytes
// never change for a name, so browsers and proxies may keep them for good.
import { getMediaFile } from '@/lib/media/get-media-file';

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const media = await getMediaFile((await context.params).file);
  if (!media) return notFound();
  const etag = `"${media.sha256}"`;
  const headers = {
    'Content-Type': media.mimeType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(media.bytes), { headers: { ...headers, 'Content-Length': String(media.bytes.byteLength) } });
}
