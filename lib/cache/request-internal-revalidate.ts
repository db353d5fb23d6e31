import 'server-only';
import { deriveRevalidateKey, signatureHeader, signRevalidateBody } from './internal-revalidate-signature';
import { maxTagsPerRequest, type RevalidateRequest } from './revalidate-request-schema';

export const internalOriginEnv = 'INKSTONE_INTERNAL_ORIGIN';

/**
 * Asks this app's own server (at INKSTONE_INTERNAL_ORIGIN, set by `npm start`) to expire `tags`,
 * in signed requests of at most 200 tags. Returns false when there is no server to ask.
 */
export async function requestInternalRevalidate(tags: readonly string[]): Promise<boolean> {
  const origin = process.env[internalOriginEnv];
  const secret = process.env.NEXTAUTH_SECRET;
  if (!origin || !secret) return false;
  const key = deriveRevalidateKey(secret);
  for (let start = 0; start < tags.length; start += maxTagsPerRequest) {
    const payload: RevalidateRequest = { tags: tags.slice(start, start + maxTagsPerRequest) };
    const body = JSON.stringify(payload);
    const response = await fetch(new URL('/api/internal/revalidate', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [signatureHeader]: signRevalidateBody(key, body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`internal revalidation answered HTTP ${response.status}`);
  }
  return true;
}
