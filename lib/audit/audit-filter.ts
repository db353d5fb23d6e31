import { z } from 'zod';
import { decodeArticleCursor, encodeArticleCursor } from '@/lib/articles/article-cursor';
import { parseZonedDateTime } from '@/lib/format/zoned-date-time';

/** What the audit log page shows: every field optional; `before` continues a page (newest first). */
export interface AuditFilter {
  /** The part of an action before its first dot: auth, article, tag, user, import, content. */
  category?: string;
  action?: string;
  actorEmail?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive: the start of the day after the `to` date. */
  until?: Date;
  before?: { createdAt: Date; id: string };
}

export type AuditFilterField = 'category' | 'action' | 'actor' | 'target' | 'from' | 'to' | 'before';

const name = z.string().trim().regex(/^[a-z][a-z_.]{0,63}$/u);
const email = z.string().trim().toLowerCase().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/u);
const target = z.string().trim().regex(/^[a-z_]{1,32}:[\w-]{1,64}$/u);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * The filter in the page's query string. A value that is not valid is left out and named in
 * `invalid`, so the page says which filter it ignored instead of failing or guessing.
 */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>, timeZone: string): { filter: AuditFilter; invalid: AuditFilterField[] } {
  const filter: AuditFilter = {};
  const invalid: AuditFilterField[] = [];
  const read = <T>(field: AuditFilterField, raw: string | undefined, parse: (value: string) => T | null | undefined, apply: (value: T) => void) => {
    if (raw === undefined) return;
    const value = parse(raw);
    if (value === null || value === undefined) invalid.push(field);
    else apply(value);
  };
  read('category', first(params.category), (raw) => name.safeParse(raw).data, (value) => (filter.category = value));
  read('action', first(params.action), (raw) => name.safeParse(raw).data, (value) => (filter.action = value));
  read('actor', first(params.actor), (raw) => email.safeParse(raw).data, (value) => (filter.actorEmail = value));
  read('target', first(params.target), (raw) => target.safeParse(raw).data, (value) => {
    const [type = '', id = ''] = value.split(':');
    filter.targetType = type;
    filter.targetId = id;
  });
  read('from', first(params.from), (raw) => (day.safeParse(raw).success ? parseZonedDateTime(`${raw}T00:00`, timeZone) : null), (value) => (filter.from = value));
  read('to', first(params.to), (raw) => (day.safeParse(raw).success && parseZonedDateTime(`${raw}T00:00`, timeZone) ? parseZonedDateTime(`${nextDay(raw)}T00:00`, timeZone) : null), (value) => (filter.until = value));
  read('before', first(params.before), (raw) => decodeArticleCursor(raw), (cursor) => (filter.before = { createdAt: cursor.publishedAt, id: cursor.id }));
  return { filter, invalid };
}

/** The `before` value that continues after `entry`. */
export function encodeAuditCursor(entry: { createdAt: Date; id: string }): string {
  return encodeArticleCursor({ publishedAt: entry.createdAt, id: entry.id });
}
