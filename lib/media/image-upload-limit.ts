import { z } from 'zod';

const megabyte = 1024 * 1024;

const imageMaxMbSchema = z.coerce
  .number({ error: 'IMAGE_MAX_MB must be a number of megabytes' })
  .positive('IMAGE_MAX_MB must be more than 0')
  .max(100, 'IMAGE_MAX_MB must be at most 100')
  .default(10);

/** IMAGE_MAX_MB (default 10; an empty value counts as unset) as a byte count, or why it is wrong. */
export function parseImageUploadLimit(env: Record<string, string | undefined>): { ok: true; maxBytes: number } | { ok: false; error: string } {
  const raw = env.IMAGE_MAX_MB?.trim() === '' ? undefined : env.IMAGE_MAX_MB;
  const parsed = imageMaxMbSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'IMAGE_MAX_MB is invalid' };
  return { ok: true, maxBytes: Math.floor(parsed.data * megabyte) };
}

/** The largest image upload in bytes; throws with a clear message when IMAGE_MAX_MB is wrong. */
export function readImageUploadLimit(env: Record<string, string | undefined> = process.env): number {
  const parsed = parseImageUploadLimit(env);
  if (!parsed.ok) throw new Error(`Invalid image upload limit: ${parsed.error}`);
  return parsed.maxBytes;
}
