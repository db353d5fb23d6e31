import { deriveRevalidateKey, signatureHeader, signRevalidateBody } from '../../lib/cache/internal-revalidate-signature';

/**
 * Expires every cached reader page of the server under test, as the app's own writes expire the
 * pages they change. Factories write to the database behind the app's back, so they call this.
 */
export async function expireReaderCache(): Promise<void> {
  const origin = process.env.E2E_BASE_URL;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!origin || !secret) throw new Error('E2E_BASE_URL and NEXTAUTH_SECRET are not set: run the browser tests with `npm run test:e2e`');
  const body = JSON.stringify({ tags: ['reader'] });
  const response = await fetch(new URL('/api/internal/revalidate', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [signatureHeader]: signRevalidateBody(deriveRevalidateKey(secret), body) },
    body,
  });
  if (!response.ok) throw new Error(`expiring the reader cache answered HTTP ${response.status}`);
}
