'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { articleIdInputSchema } from '@/lib/articles/article-input-schema';
import { emptyTrash } from '@/lib/articles/trash/empty-trash';
import { moveArticleToTrash } from '@/lib/articles/trash/move-article-to-trash';
import { purgeArticle } from '@/lib/articles/trash/purge-article';
import { restoreArticleFromTrash } from '@/lib/articles/trash/restore-article-from-trash';
import { invalidateArticlePages } from '@/lib/cache/invalidate-article-pages';

export const moveArticleToTrashAction = authedAction({
  permission: 'article:delete',
  schema: articleIdInputSchema,
  handler: async (input, actor) => {
    const { invalidation } = await moveArticleToTrash(actor, input);
    invalidateArticlePages(invalidation);
    return { id: input.id };
  },
});

export const restoreArticleFromTrashAction = authedAction({
  permission: 'article:delete',
  schema: articleIdInputSchema,
  handler: async (input, actor) => {
    const { invalidation } = await restoreArticleFromTrash(actor, input);
    invalidateArticlePages(invalidation);
    return { id: input.id };
  },
});

export const purgeArticleAction = authedAction({
  permission: 'article:purge',
  schema: articleIdInputSchema,
  handler: async (input, actor) => {
    await purgeArticle(actor, input);
    return { id: input.id };
  },
});

export const emptyTrashAction = authedAction({
  permission: 'article:purge',
  schema: z.object({}),
  handler: (_input, actor) => emptyTrash(actor),
});
