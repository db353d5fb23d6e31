// POST /api/articles/:id/lock/release — the editor's soft lock given up as the page goes away.
// Browsers cancel ordinary requests on unload; navigator.sendBeacon posts here instead.
import { releaseArticleLockInputSchema } from '@/lib/articles/article-input-schema';
import { releaseArticleLock } from '@/lib/articles/release-article-lock';
import { can } from '@/lib/auth/can';
import { getRequestUser } from '@/lib/auth/get-request-user';
import { isSameOrigin } from '@/lib/http/is-same-origin';
import { readLimitedText } from '@/lib/http/read-limited-text';

const maxBodyBytes = 1_024;

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ error: 'Only Inkstone’s own pages may release a lock.' }, { status: 403 });
  const user = await getRequestUser(request);
  if (!user) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  if (!can(user, 'article:edit')) return Response.json({ error: 'You may not edit articles.' }, { status: 403 });

  const text = await readLimitedText(request.body, maxBodyBytes);
  let body: unknown = null;
  try {
    body = text === null ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  const parsed = releaseArticleLockInputSchema.safeParse({ ...(typeof body === 'object' && body !== null ? body : {}), id: (await context.params).id });
  if (!parsed.success) return Response.json({ error: 'Expected {"token": "…"} for an article id.' }, { status: 400 });
  await releaseArticleLock(user, parsed.data);
  return new Response(null, { status: 204 });
}
