'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import {
  articleIdInputSchema,
  claimArticleLockInputSchema,
  releaseArticleLockInputSchema,
  saveArticleInputSchema,
} from '@/lib/articles/article-input-schema';
import { claimArticleLock } from '@/lib/articles/claim-article-lock';
import { createDraftArticle } from '@/lib/articles/create-draft-article';
import { getArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { loadArticleResource } from '@/lib/articles/load-article-resource';
import { releaseArticleLock } from '@/lib/articles/release-article-lock';
import { saveArticle } from '@/lib/articles/save-article';
import { invalidateArticlePages } from '@/lib/cache/invalidate-article-pages';
import { AppError } from '@/lib/errors/app-error';
import { enqueueScheduledPublish } from '@/lib/jobs/enqueue-scheduled-publish';

// saveArticle checks the intent and the article again inside its transaction; this refuses early.
export const saveArticleAction = authedAction({
  permission: 'article:edit',
  schema: saveArticleInputSchema,
  resource: ({ id }) => loadArticleResource(id),
  handler: async (input, actor) => {
    const result = await saveArticle(actor, input);
    invalidateArticlePages(result.invalidation);
    if (input.intent === 'schedule' && result.scheduledAt) {
      // Only a quicker wake-up: the per-minute cron publishes the article anyway.
      await enqueueScheduledPublish(new Date(result.scheduledAt)).catch((error: unknown) => {
        console.error(`could not enqueue the scheduled publication of article ${input.id}`, error);
      });
    }
    return result;
  },
});

export const getArticleForEditingAction = authedAction({
  permission: 'article:view',
  schema: articleIdInputSchema,
  resource: ({ id }) => loadArticleResource(id),
  handler: async ({ id }) => {
    const article = await getArticleForEditing(id);
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist.');
    return article;
  },
});

export const claimArticleLockAction = authedAction({
  permission: 'article:edit',
  schema: claimArticleLockInputSchema,
  handler: (input, actor) => claimArticleLock(actor, input),
});

// Only ever releases the actor's own lock, whatever has happened to the article since.
export const releaseArticleLockAction = authedAction({
  permission: 'article:edit',
  schema: releaseArticleLockInputSchema,
  handler: (input, actor) => releaseArticleLock(actor, input),
});

// A new draft is not public, so no reader page changes.
export const createArticleAction = authedAction({
  permission: 'article:create',
  schema: z.object({}),
  handler: (_input, actor) => createDraftArticle(actor),
});
