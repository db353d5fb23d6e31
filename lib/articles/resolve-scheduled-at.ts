import type { FieldErrorCode } from '@/lib/errors/app-error';
import { parseZonedDateTime } from '@/lib/format/zoned-date-time';

/** The instant a 'YYYY-MM-DDTHH:mm' schedule in `timeZone` names, which must be after `now`. */
export function resolveScheduledAt(
  local: string | undefined,
  timeZone: string,
  now: Date,
): { ok: true; at: Date } | { ok: false; code: FieldErrorCode } {
  if (!local) return { ok: false, code: 'required' };
  const at = parseZonedDateTime(local, timeZone);
  if (!at) return { ok: false, code: 'invalid' };
  if (at.getTime() <= now.getTime()) return { ok: false, code: 'past' };
  return { ok: true, at };
}
