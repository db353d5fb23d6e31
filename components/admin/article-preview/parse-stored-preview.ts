import { z } from 'zod';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import type { StoredPreview } from './preview-storage';

const storedPreviewSchema = z.object({
  fields: z.object({
    title: z.string(),
    slug: z.string(),
    excerpt: z.string(),
    excerptAuto: z.boolean(),
    sourceName: z.string(),
    sourceUrl: z.string(),
    byline: z.string(),
    datelinePlace: z.string(),
    originalPublishedAt: z.string(),
    tags: z.string(),
    seoTitle: z.string(),
    seoDescription: z.string(),
    needsReview: z.boolean(),
    script: z.enum(['HANS', 'HANT']),
    body: z.unknown(),
  }),
  meta: z.object({ status: z.string(), publishedAt: z.iso.datetime({ offset: true }).nullable(), version: z.int().positive() }),
  storedAt: z.iso.datetime({ offset: true }),
});

/** A stored hand-over, checked like anything read back from the browser: null when unusable. */
export function parseStoredPreview(text: string | null): StoredPreview | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = storedPreviewSchema.safeParse(value);
  if (!parsed.success) return null;
  const body = parseTiptapDoc(parsed.data.fields.body);
  if (!body.ok) return null;
  return { ...parsed.data, fields: { ...parsed.data.fields, body: body.doc } };
}

/** Whether a hand-over still shows what the editor has: no save has happened since its version. */
export function isHandOverCurrent(stored: StoredPreview, savedVersion: number): boolean {
  return stored.meta.version >= savedVersion;
}
