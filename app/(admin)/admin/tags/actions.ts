'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { invalidateArticlePages } from '@/lib/cache/invalidate-article-pages';
import { addTagAlias } from '@/lib/tags/add-tag-alias';
import { countTagArticles } from '@/lib/tags/count-tag-articles';
import { createTag } from '@/lib/tags/create-tag';
import { deleteTag } from '@/lib/tags/delete-tag';
import { foldTagName } from '@/lib/tags/fold-tag-name';
import { mergeTags } from '@/lib/tags/merge-tags';
import { removeTagAlias } from '@/lib/tags/remove-tag-alias';
import { maxTagQueryLength, searchTags } from '@/lib/tags/search-tags';
import {
  addTagAliasInputSchema,
  mergeTagsInputSchema,
  removeTagAliasInputSchema,
  tagIdInputSchema,
  tagInputSchema,
  tagNameSchema,
  updateTagInputSchema,
} from '@/lib/tags/tag-input-schema';
import { updateTag } from '@/lib/tags/update-tag';

export const createTagAction = authedAction({
  permission: 'tag:manage',
  schema: tagInputSchema,
  handler: async (input, actor) => {
    const { tag, invalidation } = await createTag(actor, input);
    invalidateArticlePages(invalidation);
    return { id: tag.id, slug: tag.slug };
  },
});

export const updateTagAction = authedAction({
  permission: 'tag:manage',
  schema: updateTagInputSchema,
  handler: async (input, actor) => {
    const { tag, invalidation } = await updateTag(actor, input);
    invalidateArticlePages(invalidation);
    return { id: tag.id, slug: tag.slug };
  },
});

export const deleteTagAction = authedAction({
  permission: 'tag:manage',
  schema: tagIdInputSchema,
  handler: async (input, actor) => {
    const { articleCount, invalidation } = await deleteTag(actor, input);
    invalidateArticlePages(invalidation);
    return { id: input.id, articleCount };
  },
});

export const mergeTagsAction = authedAction({
  permission: 'tag:manage',
  schema: mergeTagsInputSchema,
  handler: async (input, actor) => {
    const { tagId, articleCount, invalidation } = await mergeTags(actor, input);
    invalidateArticlePages(invalidation);
    return { id: tagId, articleCount };
  },
});

export const addTagAliasAction = authedAction({
  permission: 'tag:manage',
  schema: addTagAliasInputSchema,
  handler: async (input, actor) => (await addTagAlias(actor, input)).alias,
});

export const removeTagAliasAction = authedAction({
  permission: 'tag:manage',
  schema: removeTagAliasInputSchema,
  handler: (input, actor) => removeTagAlias(actor, input),
});

/** How many articles (trash included) a delete would untag or a merge would move. */
export const countTagArticlesAction = authedAction({
  permission: 'tag:manage',
  schema: tagIdInputSchema,
  handler: async ({ id }) => ({ articleCount: await countTagArticles(id) }),
});

/** The parent and merge-target pickers' search, for those who manage tags. */
export const searchTagsForAdminAction = authedAction({
  permission: 'tag:manage',
  schema: z.object({ query: z.string().max(maxTagQueryLength) }),
  handler: async ({ query }) => (await searchTags(query, { limit: 10 })).map(({ id, name, slug, matchedAlias }) => ({ id, name, slug, matchedAlias })),
});

/**
 * Which other tag answers to `name` (by its name or an alias, in any script or width): the form
 * asks after a save was refused with name 'taken', to say "looks like 知识产权". Null when none.
 */
export const findLookalikeTagAction = authedAction({
  permission: 'tag:manage',
  schema: z.object({ name: tagNameSchema, exceptId: z.uuid().nullable().default(null) }),
  handler: async ({ name, exceptId }) => {
    const key = foldTagName(name);
    const hits = await searchTags(name, { limit: 10 });
    const owner = hits.find((hit) => hit.id !== exceptId && [hit.name, hit.matchedAlias].some((text) => text !== null && foldTagName(text) === key));
    return owner ? { id: owner.id, name: owner.name } : null;
  },
});
