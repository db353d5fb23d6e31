'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { articleBodySchema } from '@/lib/articles/article-input-schema';
import { convertArticleScript } from '@/lib/text/convert-article-script';

const convertArticleScriptInputSchema = z.object({
  to: z.enum(['HANS', 'HANT']),
  texts: z
    .record(z.string().max(64), z.string().max(5_000))
    .refine((texts) => Object.keys(texts).length <= 20, { message: 'At most 20 texts', params: { fieldError: 'tooLong' } }),
  body: articleBodySchema,
});

/** The editor's unsaved article in the other script; nothing is stored (the form saves it). */
export const convertArticleScriptAction = authedAction({
  permission: 'article:edit',
  schema: convertArticleScriptInputSchema,
  handler: async (input) => convertArticleScript(input),
});
