// The browser's copy of unsaved edits, kept in localStorage until the server confirms them, so a
// reload, a crash or a lost connection never costs a word.
import { z } from 'zod';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import { areFormFieldsEqual } from './are-form-fields-equal';

export interface LocalDraft {
  /** The server version the edits were made on. */
  baseVersion: number;
  fields: ArticleFormFields;
  /** ISO time of the newest edit. */
  changedAt: string;
}

export type LocalDraftRecovery = 'none' | 'discard' | 'restore' | 'conflict';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const text = z.string().max(500_000);
const localDraftSchema = z.object({
  baseVersion: z.number().int().nonnegative(),
  changedAt: z.string().max(40),
  fields: z.object({
    title: text, slug: text, excerpt: text, excerptAuto: z.boolean(), sourceName: text, sourceUrl: text,
    byline: text, datelinePlace: text, originalPublishedAt: text, tags: text, seoTitle: text,
    seoDescription: text, needsReview: z.boolean(), script: z.enum(['HANS', 'HANT']), body: z.unknown(),
  }),
});

export function localDraftKey(articleId: string): string {
  return `inkstone:article-draft:${articleId}`;
}

export function serialiseLocalDraft(draft: LocalDraft): string {
  return JSON.stringify(draft);
}

/** The stored copy, or null when there is none or it is unreadable (another app version, a hand edit). */
export function parseLocalDraft(stored: string | null): LocalDraft | null {
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = localDraftSchema.safeParse(json);
  if (!parsed.success) return null;
  const body = parseTiptapDoc(parsed.data.fields.body);
  if (!body.ok) return null;
  return { ...parsed.data, fields: { ...parsed.data.fields, body: body.doc } };
}

/** What to do on load with a local copy, given the server's state. */
export function decideLocalDraftRecovery(draft: LocalDraft | null, server: { version: number; fields: ArticleFormFields }): LocalDraftRecovery {
  if (!draft) return 'none';
  if (areFormFieldsEqual(draft.fields, server.fields)) return 'discard';
  return draft.baseVersion === server.version ? 'restore' : 'conflict';
}

export function readLocalDraft(storage: DraftStorage, articleId: string): LocalDraft | null {
  try {
    return parseLocalDraft(storage.getItem(localDraftKey(articleId)));
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or disabled); the editor then relies on the server alone. */
export function writeLocalDraft(storage: DraftStorage, articleId: string, draft: LocalDraft): boolean {
  try {
    storage.setItem(localDraftKey(articleId), serialiseLocalDraft(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalDraft(storage: DraftStorage, articleId: string): void {
  try {
    storage.removeItem(localDraftKey(articleId));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
