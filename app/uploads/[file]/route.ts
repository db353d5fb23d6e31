// GET /uploads/<id>.<ext> — an image uploaded through the editor, from the Media table. The bytes
// never change for a name, so browsers and proxies may keep them for good.
import { mediaContentSecurityPolicy } from '@/lib/http/content-security-policy';
import { getMediaFile } from '@/lib/media/get-media-file';

// Whatever the bytes also are (an image can carry HTML after its end), the browser takes the type
// we name, runs nothing and loads nothing, even when the file is opened on its own.
const lockedDown = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': mediaContentSecurityPolicy };

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...lockedDown, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const media = await getMediaFile((await context.params).file);
  if (!media) return notFound();
  const etag = `"${media.sha256}"`;
  const headers = {
    ...lockedDown,
    'Content-Type': media.mimeType,
    // The stored name is a UUID and a known extension, so it needs no quoting beyond this.
    'Content-Disposition': `inline; filename="${media.fileName}"`,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(media.bytes), { headers: { ...headers, 'Content-Length': String(media.bytes.byteLength) } });
}
