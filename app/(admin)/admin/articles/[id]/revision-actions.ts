'use server';

import { authedAction } from '@/lib/actions/authed-action';
import { loadArticleResource } from '@/lib/articles/load-article-resource';
import { invalidateArticlePages } from '@/lib/cache/invalidate-article-pages';
import { compareRevisions } from '@/lib/revisions/compare-revisions';
import { listRevisions } from '@/lib/revisions/list-revisions';
import { restoreRevision } from '@/lib/revisions/restore-revision';
import {
  compareRevisionsInputSchema,
  listRevisionsInputSchema,
  restoreRevisionInputSchema,
} from '@/lib/revisions/revision-input-schema';

const articleOfInput = ({ articleId }: { articleId: string }) => loadArticleResource(articleId);

export const listRevisionsAction = authedAction({
  permission: 'article:view',
  schema: listRevisionsInputSchema,
  resource: articleOfInput,
  handler: ({ articleId }) => listRevisions(articleId),
});

export const compareRevisionsAction = authedAction({
  permission: 'article:view',
  schema: compareRevisionsInputSchema,
  resource: articleOfInput,
  handler: (input) => compareRevisions(input),
});

// restoreRevision checks the article again inside its transaction; this refuses early.
export const restoreRevisionAction = authedAction({
  permission: 'article:edit',
  schema: restoreRevisionInputSchema,
  resource: articleOfInput,
  handler: async (input, actor) => {
    const result = await restoreRevision(actor, input);
    invalidateArticlePages(result.invalidation);
    return result;
  },
});
