'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { maxTagsPerArticle, titleMaxLength } from '@/lib/articles/article-input-schema';
import { maxArticleCharacters } from '@/lib/import/check-article-size';
import { maxTagQueryLength, searchTags } from '@/lib/tags/search-tags';
import { suggestTagsForArticle } from '@/lib/tags/suggest-tags-for-article';

const searchTagsInputSchema = z.object({ query: z.string().trim().max(maxTagQueryLength) });

const suggestTagsInputSchema = z.object({
  articleId: z.uuid(),
  title: z.string().max(titleMaxLength),
  bodyText: z.string().max(maxArticleCharacters),
  tags: z.array(z.string().max(50)).max(maxTagsPerArticle),
});

/** Existing tags for the editor's tag picker, as the editor types. */
export const searchTagsAction = authedAction({
  permission: 'article:edit',
  schema: searchTagsInputSchema,
  handler: ({ query }) => searchTags(query),
});

/**
 * Existing tags that fit the article's current (possibly unsaved) title and text; the article id
 * only ties the request to an editor window and is not read.
 */
export const suggestTagsAction = authedAction({
  permission: 'article:edit',
  schema: suggestTagsInputSchema,
  handler: ({ title, bodyText, tags }) => suggestTagsForArticle({ title, bodyText, currentTags: tags }),
});
