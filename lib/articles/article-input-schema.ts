import { z } from 'zod';

export const titleMaxLength = 200;
export const maxTagsPerArticle = 20;

export const tagNamesSchema = z
  .string()
  .max(2000)
  .transform((value) => value.split(/[,，、;；\n]/).map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean))
  .pipe(z.array(z.string().max(50)).max(maxTagsPerArticle))
  .transform((names) => [...new Set(names)]);

/** What the editor form sends. The body is checked against the Tiptap node set separately. */
export const articleInputSchema = z.object({
  id: z.uuid(),
  baseVersion: z.number().int().positive(),
  title: z.string().trim().min(1).max(titleMaxLength),
  tags: tagNamesSchema,
  body: z.unknown(),
  intent: z.enum(['save', 'publish', 'unpublish']),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;
