// Size limits for imports, from the environment. `npm start` checks them before serving (via
// parseServeOptions), so a bad value stops the start with a clear message instead of failing uploads.
import { z } from 'zod';

const megabyte = 1024 * 1024;

export interface ImportLimits {
  // Largest single file (or single member of a zip or feed) the pipeline reads.
  maxFileBytes: number;
  // Largest request body the upload endpoint accepts (one file, or a whole zip).
  maxUploadBytes: number;
  // Most members one zip or feed may hold.
  maxEntriesPerUpload: number;
}

const megabytes = (name: string, fallback: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number of megabytes` })
    .positive(`${name} must be more than 0`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

const importLimitsEnvSchema = z.object({
  IMPORT_MAX_FILE_MB: megabytes('IMPORT_MAX_FILE_MB', 5, 100),
  IMPORT_MAX_UPLOAD_MB: megabytes('IMPORT_MAX_UPLOAD_MB', 200, 4096),
});

export const maxEntriesPerUpload = 10_000;

export type ParsedImportLimits = { ok: true; limits: ImportLimits } | { ok: false; error: string };

/** Reads IMPORT_MAX_FILE_MB (default 5) and IMPORT_MAX_UPLOAD_MB (default 200); empty values count as unset. */
export function parseImportLimits(env: Record<string, string | undefined>): ParsedImportLimits {
  const unsetIfEmpty = (value: string | undefined) => (value?.trim() === '' ? undefined : value);
  const parsed = importLimitsEnvSchema.safeParse({
    IMPORT_MAX_FILE_MB: unsetIfEmpty(env.IMPORT_MAX_FILE_MB),
    IMPORT_MAX_UPLOAD_MB: unsetIfEmpty(env.IMPORT_MAX_UPLOAD_MB),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid import limits' };
  }
  return {
    ok: true,
    limits: {
      maxFileBytes: Math.floor(parsed.data.IMPORT_MAX_FILE_MB * megabyte),
      maxUploadBytes: Math.floor(parsed.data.IMPORT_MAX_UPLOAD_MB * megabyte),
      maxEntriesPerUpload,
    },
  };
}

/** The limits in force; throws with the same message `npm start` gives when the environment is wrong. */
export function readImportLimits(env: Record<string, string | undefined> = process.env): ImportLimits {
  const parsed = parseImportLimits(env);
  if (!parsed.ok) throw new Error(`Invalid import limit: ${parsed.error}`);
  return parsed.limits;
}
