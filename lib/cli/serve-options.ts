import { z } from 'zod';
import { resolveSiteTimeZone } from '@/lib/format/site-time-zone';
import { parseFeedContent } from '@/lib/feeds/parse-feed-content';
import { parseImportLimits } from '@/lib/import-batches/import-limits';
import { parseImageUploadLimit } from '@/lib/media/image-upload-limit';
import { getSiteOrigin } from '@/lib/site/site-url';

const serveEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1, 'PORT must be 1–65535').max(65535, 'PORT must be 1–65535').default(3000),
  HOSTNAME: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  ADMIN_EMAIL: z.email('ADMIN_EMAIL must be an email address').optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(8, 'ADMIN_PASSWORD must be at least 8 characters')
    .max(128, 'ADMIN_PASSWORD must be at most 128 characters')
    .optional(),
  // Read by glibc when the server process starts (lib/cli/server-process-env.ts sets a default).
  MALLOC_ARENA_MAX: z.string().trim().regex(/^[1-9][0-9]{0,2}$/, 'MALLOC_ARENA_MAX must be a whole number from 1 to 999').optional(),
});

export type ServeOptions = z.infer<typeof serveEnvSchema>;

/** Reads and validates the environment `npm start` honours; empty values count as unset. */
export function parseServeOptions(env: Record<string, string | undefined>): { ok: true; options: ServeOptions } | { ok: false; error: string } {
  const keys = Object.keys(serveEnvSchema.shape) as Array<keyof ServeOptions>;
  const relevant = Object.fromEntries(keys.map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const parsed = serveEnvSchema.safeParse(relevant);
  const importLimits = parseImportLimits(env);
  if (parsed.success && !importLimits.ok) return { ok: false, error: importLimits.error };
  const imageLimit = parseImageUploadLimit(env);
  if (parsed.success && !imageLimit.ok) return { ok: false, error: imageLimit.error };
  const feedContent = parseFeedContent(env);
  if (parsed.success && !feedContent.ok) return { ok: false, error: feedContent.error };
  if (parsed.success) {
    try {
      resolveSiteTimeZone(env.INKSTONE_TIME_ZONE);
      getSiteOrigin(env);
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid environment' };
}
