'use server';

import { authedAction } from '@/lib/actions/authed-action';
import { articleInputSchema } from '@/lib/articles/article-input-schema';
import { saveArticle } from '@/lib/articles/save-article';

export const saveArticleAction = authedAction({
  permission: 'article:edit',
  schema: articleInputSchema,
  handler: (input, actor) => saveArticle(actor, input),
});
