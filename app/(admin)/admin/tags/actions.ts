'use server';

import { authedAction } from '@/lib/actions/authed-action';
import { invalidateArticlePages } from '@/lib/cache/invalidate-article-pages';
import { addTagAlias } from '@/lib/tags/add-tag-alias';
import { createTag } from '@/lib/tags/create-tag';
import { deleteTag } from '@/lib/tags/delete-tag';
import { mergeTags } from '@/lib/tags/merge-tags';
import { removeTagAlias } from '@/lib/tags/remove-tag-alias';
import {
  addTagAliasInputSchema,
  mergeTagsInputSchema,
  removeTagAliasInputSchema,
  tagIdInputSchema,
  tagInputSchema,
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
