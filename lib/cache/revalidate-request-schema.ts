import { z } from 'zod';

export const maxTagsPerRequest = 200;

/** The body of POST /api/internal/revalidate: the cache tags to expire. */
export const revalidateRequestSchema = z.strictObject({
  tags: z.array(z.string().min(1).max(200)).min(1).max(maxTagsPerRequest),
});

export type RevalidateRequest = z.infer<typeof revalidateRequestSchema>;
