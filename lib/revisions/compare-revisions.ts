import 'server-only';
import type { ArticleDiff } from './article-diff';
import { diffArticleVersions } from './diff-article-versions';
import { getRevisionFields } from './get-revision-fields';
import type { CompareRevisionsInput } from './revision-input-schema';

/** What changed from one revision to another; either may be 'current', the article as it is now. */
export async function compareRevisions({ articleId, fromId, toId }: CompareRevisionsInput): Promise<ArticleDiff> {
  const [before, after] = await Promise.all([getRevisionFields(articleId, fromId), getRevisionFields(articleId, toId)]);
  return diffArticleVersions(before, after);
}
