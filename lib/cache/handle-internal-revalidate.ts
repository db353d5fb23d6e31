import { isValidRevalidateSignature, signatureHeader } from './internal-revalidate-signature';
import { revalidateRequestSchema } from './revalidate-request-schema';

const maxBodyBytes = 64 * 1024;

export interface InternalRevalidateOptions {
  /** The derived key; null when the server has no auth secret, which hides the endpoint. */
  key: Buffer | null;
  revalidate: (tag: string) => void;
  nowMs?: number;
}

/**
 * Expires the cache tags of a request signed by this server's own background jobs. Anything
 * unsigned looks like a missing page (404); a wrong or stale signature is refused (403).
 */
export async function handleInternalRevalidate(request: Request, options: InternalRevalidateOptions): Promise<Response> {
  const signature = request.headers.get(signatureHeader);
  if (!options.key || !signature) return new Response(null, { status: 404 });
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > maxBodyBytes) return new Response(null, { status: 413 });
  const body = await request.text();
  if (body.length > maxBodyBytes) return new Response(null, { status: 413 });
  if (!isValidRevalidateSignature(options.key, body, signature, options.nowMs)) return new Response(null, { status: 403 });

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return Response.json({ error: 'invalid JSON' }, { status: 400 });
  }
  const parsed = revalidateRequestSchema.safeParse(json);
  if (!parsed.success) return Response.json({ error: 'invalid body' }, { status: 400 });
  const tags = [...new Set(parsed.data.tags)];
  for (const tag of tags) options.revalidate(tag);
  return Response.json({ revalidated: tags.length });
}
