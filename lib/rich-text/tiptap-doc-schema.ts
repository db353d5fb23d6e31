// Validates article bodies against exactly the nodes and marks the editor produces
// (StarterKit with headings limited to levels 2–3, plus images with a caption), including their
// content rules. Link and image addresses come out canonical (as the renderer would write them),
// so what is stored is exactly what readers get.
import { z } from 'zod';
import { bodyAttributeLimits } from './body-attribute-limits';
import { checkDocTreeLimits } from './check-doc-tree-limits';
import { normaliseImageSrc } from './normalise-image-src';
import { normaliseLinkHref } from './normalise-link-href';
import type { TiptapDoc, TiptapNode } from './tiptap-doc';

const LIMITS = { maxDepth: 20, maxNodes: 100_000, maxTextLength: 500_000 };

const noAttrs = z.strictObject({}).optional();
const optionalText = (max: number) => z.string().max(max).nullable().optional();

const simpleMark = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), attrs: noAttrs });

// An allowed address in its canonical form, itself within the limit (percent-encoding lengthens).
function canonicalUrl(normalise: (raw: string) => string | null, message: string) {
  return z
    .string()
    .max(bodyAttributeLimits.urlLength)
    .transform((raw, ctx) => {
      const url = normalise(raw);
      if (url === null) ctx.addIssue({ code: 'custom', message });
      else if (url.length > bodyAttributeLimits.urlLength) ctx.addIssue({ code: 'custom', message: 'Address too long once encoded' });
      else return url;
      return z.NEVER;
    });
}

const linkMarkSchema = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: canonicalUrl(normaliseLinkHref, 'Link must be an http, https or mailto URL'),
    target: optionalText(32),
    rel: optionalText(200),
    class: optionalText(200),
    title: optionalText(500),
  }),
});

const markSchema = z.discriminatedUnion('type', [
  simpleMark('bold'),
  simpleMark('italic'),
  simpleMark('strike'),
  simpleMark('code'),
  simpleMark('underline'),
  linkMarkSchema,
]);

const marksSchema = z
  .array(markSchema)
  .max(6)
  .refine((marks) => new Set(marks.map((mark) => mark.type)).size === marks.length, 'Duplicate mark')
  .optional();

const textSchema = z.strictObject({ type: z.literal('text'), text: z.string().min(1), marks: marksSchema });
const hardBreakSchema = z.strictObject({ type: z.literal('hardBreak'), attrs: noAttrs, marks: marksSchema });
const inlineSchema = z.discriminatedUnion('type', [textSchema, hardBreakSchema]);

const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  attrs: noAttrs,
  content: z.array(inlineSchema).optional(),
});

const headingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inlineSchema).optional(),
});

const codeBlockSchema = z.strictObject({
  type: z.literal('codeBlock'),
  attrs: z.strictObject({ language: optionalText(64) }).optional(),
  content: z.array(z.strictObject({ type: z.literal('text'), text: z.string().min(1) })).optional(),
});

const horizontalRuleSchema = z.strictObject({ type: z.literal('horizontalRule'), attrs: noAttrs });

const imageSchema = z.strictObject({
  type: z.literal('image'),
  attrs: z.strictObject({
    src: canonicalUrl(normaliseImageSrc, 'Image source must be an https URL or a path under /uploads/'),
    alt: z.string().max(bodyAttributeLimits.altLength).optional(),
    caption: optionalText(bodyAttributeLimits.captionLength),
  }),
});

// Declared lazily because blocks contain lists and blockquotes, which contain blocks.
const blockSchema: z.ZodType<TiptapNode> = z.lazy(() => blockUnionSchema);

const blockquoteSchema = z.strictObject({
  type: z.literal('blockquote'),
  attrs: noAttrs,
  content: z.array(blockSchema).min(1),
});

const listItemSchema = z.strictObject({
  type: z.literal('listItem'),
  attrs: noAttrs,
  content: z.tuple([paragraphSchema], blockSchema),
});

const bulletListSchema = z.strictObject({
  type: z.literal('bulletList'),
  attrs: noAttrs,
  content: z.array(listItemSchema).min(1),
});

const orderedListSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z
    .strictObject({
      start: z.int().min(0).max(1_000_000).optional(),
      type: z.enum(['1', 'a', 'A', 'i', 'I']).nullable().optional(),
    })
    .optional(),
  content: z.array(listItemSchema).min(1),
});

const blockUnionSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  codeBlockSchema,
  horizontalRuleSchema,
  imageSchema,
  blockquoteSchema,
  bulletListSchema,
  orderedListSchema,
]);

const docShapeSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(blockSchema).min(1),
});

export const tiptapDocSchema: z.ZodType<TiptapDoc> = z
  .unknown()
  .superRefine((value, ctx) => {
    const limitError = checkDocTreeLimits(value, LIMITS);
    if (limitError) ctx.addIssue({ code: 'custom', message: limitError });
  })
  .pipe(docShapeSchema);

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Accepts a document or its JSON text (as submitted by the editor's hidden input). */
export function parseTiptapDoc(value: unknown): { ok: true; doc: TiptapDoc } | { ok: false; error: string } {
  let candidate = value;
  if (typeof value === 'string') {
    try {
      candidate = JSON.parse(value);
    } catch {
      return { ok: false, error: 'Body is not valid JSON' };
    }
  }
  const result = tiptapDocSchema.safeParse(candidate);
  if (result.success) return { ok: true, doc: result.data };
  return { ok: false, error: result.error.issues.slice(0, 3).map(formatIssue).join('; ') };
}
