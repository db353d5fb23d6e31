import { z } from 'zod';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import { slugPattern } from '@/lib/slug/slug-pattern';

export const titleMaxLength = 200;
export const slugMaxLength = 80;
export const excerptMaxLength = 300;
export const seoTitleMaxLength = 70;
export const seoDescriptionMaxLength = 160;
export const maxTagsPerArticle = 20;

export const articleIntents = ['autosave', 'save', 'publish', 'unpublish', 'schedule', 'archive'] as const;
export type ArticleIntent = (typeof articleIntents)[number];

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const localDateTimePattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;

/** True for a YYYY-MM-DD string naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

const text = (max: number) => z.string().trim().max(max);
/** Identifies one editor window holding the soft lock. */
const lockTokenSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const tagNamesSchema = z
  .string()
  .max(2000)
  .transform((value) => value.split(/[,，、;；\n]/).map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean))
  .pipe(z.array(z.string().max(50)).max(maxTagsPerArticle))
  .transform((names) => [...new Set(names)]);

/** The article body: exactly the editor's node and mark set, safe links only. */
export const articleBodySchema = z.unknown().transform((value, context) => {
  const parsed = parseTiptapDoc(value);
  if (parsed.ok) return parsed.doc;
  context.addIssue({ code: 'custom', message: parsed.error, input: value });
  return z.NEVER;
});

/**
 * The editor's fields (ArticleFormFields) as sent by the form. Limits that depend on the intent
 * (a title and a body to publish) are checked by saveArticle.
 */
export const articleFormFieldsSchema = z.object({
  title: text(titleMaxLength),
  slug: text(slugMaxLength).refine((slug) => slug === '' || slugPattern.test(slug), {
    message: 'Lowercase letters, digits and single hyphens only',
    params: { fieldError: 'forbiddenCharacters' },
  }),
  excerpt: text(excerptMaxLength),
  excerptAuto: z.boolean(),
  sourceName: text(200),
  sourceUrl: text(2000).refine((url) => url === '' || isHttpUrl(url), 'An http or https address'),
  byline: text(100),
  datelinePlace: text(50),
  originalPublishedAt: z.string().trim().refine((date) => date === '' || isCalendarDate(date), 'A real date as YYYY-MM-DD'),
  tags: tagNamesSchema,
  seoTitle: text(seoTitleMaxLength),
  seoDescription: text(seoDescriptionMaxLength),
  needsReview: z.boolean(),
  script: z.enum(['HANS', 'HANT']),
  body: articleBodySchema,
});

export const saveArticleInputSchema = articleFormFieldsSchema.extend({
  id: z.uuid(),
  baseVersion: z.number().int().positive(),
  intent: z.enum(articleIntents),
  /** 'YYYY-MM-DDTHH:mm' in the site time zone; required for intent 'schedule'. */
  scheduledAt: z
    .string()
    .trim()
    .refine((value) => value === '' || (localDateTimePattern.test(value) && isCalendarDate(value.slice(0, 10))), 'YYYY-MM-DDTHH:mm')
    .optional(),
  confirmReview: z.boolean().optional(),
  resolvesConflict: z.boolean().optional(),
  lockToken: lockTokenSchema.optional(),
});

export type SaveArticleInput = z.output<typeof saveArticleInputSchema>;
/** What a client sends to saveArticleAction (tags as typed, body as the editor's JSON). */
export type SaveArticleRequest = z.input<typeof saveArticleInputSchema>;

export const articleIdInputSchema = z.object({ id: z.uuid() });

export const claimArticleLockInputSchema = z.object({
  id: z.uuid(),
  token: lockTokenSchema,
  takeOver: z.boolean().default(false),
});
export type ClaimArticleLockInput = z.output<typeof claimArticleLockInputSchema>;

export const releaseArticleLockInputSchema = claimArticleLockInputSchema.pick({ id: true, token: true });
export type ReleaseArticleLockInput = z.output<typeof releaseArticleLockInputSchema>;
