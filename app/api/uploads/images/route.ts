// POST /api/uploads/images — one image per request, its raw bytes as the body and its name in
// `x-file-name` (URI-encoded). Answers { src, width, height }, or { error } with a code the
// editor shows in the user's language.
import { can } from '@/lib/auth/can';
import { getRequestUser } from '@/lib/auth/get-request-user';
import { isAppError } from '@/lib/errors/app-error';
import { readImageUploadLimit } from '@/lib/media/image-upload-limit';
import { storeMedia } from '@/lib/media/store-media';
import { isSameOrigin } from '@/lib/http/is-same-origin';
import { parseFileNameHeader } from '../../import/parse-file-name-header';
import { readRequestBytes } from '../read-request-bytes';

type UploadError = 'crossOrigin' | 'unauthenticated' | 'forbidden' | 'tooLarge' | 'unsupportedType' | 'internal';

function fail(status: number, error: UploadError): Response {
  return Response.json({ error }, { status });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return fail(403, 'crossOrigin');
  const user = await getRequestUser(request);
  if (!user) return fail(401, 'unauthenticated');
  if (!can(user, 'media:upload')) return fail(403, 'forbidden');

  try {
    const maxBytes = readImageUploadLimit();
    if (Number(request.headers.get('content-length') ?? '0') > maxBytes) return fail(413, 'tooLarge');
    const body = await readRequestBytes(request.body, maxBytes);
    if (!body.ok) return fail(413, 'tooLarge');
    const fileName = parseFileNameHeader(request.headers.get('x-file-name'));
    const stored = await storeMedia({ actorId: user.id, bytes: body.bytes, fileName: fileName.ok ? fileName.name : 'image' });
    return Response.json({ src: stored.src, width: stored.width, height: stored.height });
  } catch (error) {
    if (isAppError(error) && error.code === 'VALIDATION') return fail(415, 'unsupportedType');
    console.error('uploads: storing an image failed', error);
    return fail(500, 'internal');
  }
}
