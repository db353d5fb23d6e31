/** What readers see of an article, on its page, in lists and in feeds. */
export interface ReaderContent {
  title: string;
  slug: string;
  excerpt: string;
  seoTitle: string | null;
  seoDescription: string | null;
  body: unknown;
  byline: string | null;
  datelinePlace: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  originalPublishedAt: Date | null;
  script: string;
  /** Tag names in order. */
  tags: readonly string[];
}

const textFields = ['title', 'slug', 'excerpt', 'seoTitle', 'seoDescription', 'byline', 'datelinePlace', 'sourceName', 'sourceUrl', 'script'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether two JSON values are equal whatever their objects' key order: a body read back from
 * jsonb has its keys in PostgreSQL's order, the editor's in its own. Absent and undefined keys
 * are the same (JSON drops undefined).
 */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => isSameJson(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isSameJson(a[key], b[key]));
  }
  return a === b;
}

/** Whether a write changes anything readers see of the article (so its content_updated_at moves). */
export function isReaderContentChanged(before: ReaderContent, after: ReaderContent): boolean {
  if (textFields.some((field) => before[field] !== after[field])) return true;
  if ((before.originalPublishedAt?.getTime() ?? null) !== (after.originalPublishedAt?.getTime() ?? null)) return true;
  if (before.tags.join('\n') !== after.tags.join('\n')) return true;
  return !isSameJson(before.body, after.body);
}
