'use server';

import { authedAction } from '@/lib/actions/authed-action';
import { invalidateArticlePages } from '@/lib/cache/invalidate-article-pages';
import { compareRevisions } from '@/lib/revisions/compare-revisions';
import { listRevisions } from '@/lib/revisions/list-revisions';
import { restoreRevision } from '@/lib/revisions/restore-revision';
import {
  compareRevisionsInputSchema,
  listRevisionsInputSchema,
  restoreRevisionInputSchema,
} from '@/lib/revisions/revision-input-schema';

export const listRevisionsAction = authedAction({
  permission: 'article:edit',
  schema: listRevisionsInputSchema,
  handler: ({ articleId }) => listRevisions(articleId),
});

export const compareRevisionsAction = authedAction({
  permission: 'article:edit',
  schema: compareRevisionsInputSchema,
  handler: (input) => compareRevisions(input),
});

export const restoreRevisionAction = authedAction({
  permission: 'article:edit',
  schema: restoreRevisionInputSchema,
  handler: async (input, actor) => {
    const result = await restoreRevision(actor, input);
    invalidateArticlePages(result.invalidation);
    return result;
  },
});
