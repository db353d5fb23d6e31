import { revalidateTag } from 'next/cache';
import { handleInternalRevalidate } from '@/lib/cache/handle-internal-revalidate';
import { deriveRevalidateKey } from '@/lib/cache/internal-revalidate-signature';

// Called by this server's background jobs (see invalidate-article-pages-from-job.ts), which run
// outside any request and so cannot call revalidateTag themselves.
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.NEXTAUTH_SECRET;
  return handleInternalRevalidate(request, {
    key: secret ? deriveRevalidateKey(secret) : null,
    revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
  });
}
