import { z } from 'zod';

/** Where a newest-first article list continues: after the article published at `publishedAt` with `id`. */
export interface ArticleCursor {
  publishedAt: Date;
  id: string;
}

// The latest instant a JavaScript Date can hold; larger epochs are garbage, not far-future dates.
const maxEpochMs = 8.64e15;

const cursorSchema = z
  .string()
  .max(80)
  .regex(/^(0|[1-9]\d{0,15})\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  .transform((value, context) => {
    const [epoch = '', id = ''] = value.split('.');
    const epochMs = Number(epoch);
    if (epochMs > maxEpochMs) {
      context.addIssue({ code: 'custom', message: 'out of range' });
      return z.NEVER;
    }
    return { publishedAt: new Date(epochMs), id };
  });

/** `<epochMs>.<uuid>`: short, URL-safe, and the same article always gives the same cursor. */
export function encodeArticleCursor(cursor: ArticleCursor): string {
  return `${cursor.publishedAt.getTime()}.${cursor.id.toLowerCase()}`;
}

/** The cursor in `value`, or null when it is missing, malformed, negative or out of range. */
export function decodeArticleCursor(value: unknown): ArticleCursor | null {
  const parsed = cursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
