import { z } from 'zod';

/** A revision id, or 'current' for the article as it is now. */
export const revisionRefSchema = z.union([z.literal('current'), z.uuid()]);

export const listRevisionsInputSchema = z.object({ articleId: z.uuid() });

export const compareRevisionsInputSchema = z.object({
  articleId: z.uuid(),
  fromId: revisionRefSchema,
  toId: revisionRefSchema,
});

export const restoreRevisionInputSchema = z.object({
  articleId: z.uuid(),
  revisionId: z.uuid(),
  baseVersion: z.number().int().positive(),
});

export type CompareRevisionsInput = z.infer<typeof compareRevisionsInputSchema>;
export type RestoreRevisionInput = z.infer<typeof restoreRevisionInputSchema>;
