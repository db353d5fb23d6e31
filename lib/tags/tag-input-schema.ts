import { z } from 'zod';
import { slugPattern } from '@/lib/slug/slug-pattern';

export const tagNameMaxLength = 50;
export const tagSlugMaxLength = 80;
export const tagDescriptionMaxLength = 1000;
export const tagSeoTitleMaxLength = 70;
export const tagSeoDescriptionMaxLength = 160;

/** What the editor's tag field splits names on: a name containing one could never be typed there. */
export const tagSeparatorPattern = /[,，、;；\r\n\u2028\u2029]/u;

/**
 * A tag or alias name: no tag separators, trimmed, runs of whitespace collapsed to one space,
 * 1–50 characters.
 */
export const tagNameSchema = z
  .string()
  .refine((name) => !tagSeparatorPattern.test(name), { message: 'Tag names cannot contain , ， 、 ; ； or line breaks', params: { fieldError: 'forbiddenCharacters' }, abort: true })
  .transform((name) => name.trim().replace(/\s+/gu, ' '))
  .pipe(z.string().min(1).max(tagNameMaxLength));

const optionalText = (max: number) =>
  z.string().trim().max(max).transform((value) => value || null);

/** The admin form's fields. HTML is kept as typed: it is stored as text and escaped when shown. */
export const tagInputSchema = z.object({
  name: tagNameSchema,
  // '' asks for a slug made from the name (create) or keeps the current one (update).
  slug: z.string().trim().max(tagSlugMaxLength).refine((slug) => slug === '' || slugPattern.test(slug), {
    message: 'Lowercase letters, digits and single hyphens only',
    params: { fieldError: 'forbiddenCharacters' },
  }),
  description: z.string().trim().max(tagDescriptionMaxLength).default(''),
  parentId: z.uuid().nullable().default(null),
  featured: z.boolean().default(false),
  seoTitle: optionalText(tagSeoTitleMaxLength).default(null),
  seoDescription: optionalText(tagSeoDescriptionMaxLength).default(null),
});
export type TagInput = z.output<typeof tagInputSchema>;

export const updateTagInputSchema = tagInputSchema.extend({ id: z.uuid() });
export type UpdateTagInput = z.output<typeof updateTagInputSchema>;

export const tagIdInputSchema = z.object({ id: z.uuid() });

export const mergeTagsInputSchema = z.object({ sourceId: z.uuid(), targetId: z.uuid() });
export type MergeTagsInput = z.output<typeof mergeTagsInputSchema>;

export const addTagAliasInputSchema = z.object({ tagId: z.uuid(), name: tagNameSchema });
export type AddTagAliasInput = z.output<typeof addTagAliasInputSchema>;

export const removeTagAliasInputSchema = z.object({ aliasId: z.uuid() });
