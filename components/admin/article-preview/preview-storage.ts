import type { ArticleFormFields } from '@/lib/articles/article-form-fields';

export interface PreviewMeta {
  status: string;
  /** ISO time the article was first published, or null. */
  publishedAt: string | null;
  /**
   * The saved version these fields build on. A save after it (by anyone) makes the hand-over out
   * of date; the editor's own lock heartbeat and trash moves do not, as they change no version.
   */
  version: number;
}

export interface StoredPreview {
  fields: ArticleFormFields;
  meta: PreviewMeta;
  /** ISO time the editor handed this state over. */
  storedAt: string;
}

const keyOf = (articleId: string) => `inkstone:preview:${articleId}`;

/**
 * Hands the editor's current, possibly unsaved, state to the preview page (another tab of the
 * same origin). Storage may be full or disabled: the preview then shows the saved article.
 */
export function storePreviewState(articleId: string, fields: ArticleFormFields, meta: PreviewMeta): void {
  const value: StoredPreview = { fields, meta, storedAt: new Date().toISOString() };
  try {
    window.localStorage.setItem(keyOf(articleId), JSON.stringify(value));
  } catch (error) {
    console.warn('could not hand the unsaved article over to the preview', error);
  }
}

/**
 * After a save from `basedOn` to `meta.version`: a hand-over built on `basedOn` moves onto the new
 * version with the editor's current fields. An open preview then neither falls back to the saved
 * text (which may be older than what was handed over, when the save was already under way) nor
 * misses edits made since. Other hand-overs are left as they are.
 */
export function carryPreviewState(articleId: string, basedOn: number, fields: ArticleFormFields, meta: PreviewMeta): void {
  const text = readPreviewText(articleId);
  if (!text) return;
  try {
    const stored = JSON.parse(text) as { meta?: { version?: unknown } } | null;
    if (stored?.meta?.version === basedOn) storePreviewState(articleId, fields, meta);
  } catch {
    // Not ours to repair: the preview ignores a hand-over it cannot read.
  }
}

/** The raw stored text (compared by value, so React sees a new snapshot only when it changes). */
export function readPreviewText(articleId: string): string | null {
  try {
    return window.localStorage.getItem(keyOf(articleId));
  } catch {
    return null;
  }
}

/** Calls `onChange` when another tab (the editor) stores a new state for this article. */
export function subscribePreviewState(articleId: string, onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === keyOf(articleId)) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
