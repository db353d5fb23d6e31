import { z } from 'zod';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';

const text = z.string().nullable().optional().catch(null).transform((value) => value ?? '');
const flag = (fallback: boolean) => z.boolean().optional().catch(undefined).transform((value) => value ?? fallback);

// Snapshots are the article's columns when the revision was written; ones written before a
// column existed lack it and read as the column's default.
const snapshotSchema = z.object({
  slug: text,
  slugAuto: flag(false),
  excerpt: text,
  excerptAuto: flag(true),
  sourceName: text,
  sourceUrl: text,
  byline: text,
  datelinePlace: text,
  originalPublishedAt: text.transform((value) => (/^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '')),
  seoTitle: text,
  seoDescription: text,
  needsReview: flag(false),
  script: z.enum(['HANS', 'HANT']).catch('HANS'),
  tags: z.array(z.string()).catch([]),
});

export interface StoredRevision {
  title: string;
  body: unknown;
  snapshot: unknown;
}

export interface RevisionContent {
  fields: ArticleFormFields;
  /** Tag names in order, as the revision stored them. */
  tagNames: string[];
  /** False when the stored body does not pass the body schema (then `fields.body` is empty). */
  isBodyValid: boolean;
}

/** A revision as the editor form holds an article: nulls as '', the date as YYYY-MM-DD, tags joined. */
export function revisionFormFields(revision: StoredRevision): RevisionContent {
  const snapshot = snapshotSchema.parse(typeof revision.snapshot === 'object' && revision.snapshot !== null ? revision.snapshot : {});
  const body = parseTiptapDoc(revision.body);
  const { slugAuto, tags, ...rest } = snapshot;
  return {
    fields: { ...rest, title: revision.title, slug: slugAuto ? '' : snapshot.slug, tags: tags.join(', '), body: body.ok ? body.doc : emptyDoc() },
    tagNames: tags,
    isBodyValid: body.ok,
  };
}
