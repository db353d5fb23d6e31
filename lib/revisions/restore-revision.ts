import 'server-only';
import { articleInvalidationFor } from '@/lib/articles/article-invalidation-for';
import { assertArticleAccess } from '@/lib/articles/assert-article-access';
import { assertTagsAttachable } from '@/lib/articles/assert-tags-attachable';
import { claimArticleVersion } from '@/lib/articles/claim-article-version';
import { isReaderContentChanged } from '@/lib/articles/is-reader-content-changed';
import { writeRevision } from '@/lib/articles/write-revision';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import { articleSearchColumns } from '@/lib/search/article-search-columns';
import { setArticleTags } from '@/lib/tags/set-article-tags';
import { revisionFormFields } from './revision-form-fields';
import type { RestoreRevisionInput } from './revision-input-schema';

export interface RestoreRevisionResult {
  version: number;
  invalidation: ArticleInvalidation;
}

/**
 * Brings an earlier revision's content back as the article's next version, recorded as a new
 * 'restore' revision: history is never rewritten. Status, publication dates and the review flag
 * stay as they are now. CONFLICT when someone saved since `baseVersion`, NOT_FOUND when the
 * article is missing or in the trash or the revision is not one of its own, FORBIDDEN when the
 * actor may not edit the article or the revision's tags would create tags they may not create.
 */
export async function restoreRevision(actor: Actor, input: RestoreRevisionInput): Promise<RestoreRevisionResult> {
  return getPrisma().$transaction(async (tx) => {
    await claimArticleVersion(tx, { id: input.articleId, baseVersion: input.baseVersion, actorId: actor.id });
    await assertArticleAccess(actor, 'article:edit', input.articleId, tx);
    const revision = await tx.revision.findFirst({
      where: { id: input.revisionId, articleId: input.articleId },
      select: { id: true, version: true, title: true, body: true, snapshot: true },
    });
    if (!revision) throw new AppError('NOT_FOUND', 'This revision does not exist.');
    const { fields, tagNames, isBodyValid } = revisionFormFields(revision);
    if (!isBodyValid) throw new AppError('VALIDATION', 'This revision’s body can no longer be read.', { body: 'invalid' });

    const current = await tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      include: { tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } } },
    });
    const bodyText = docToPlainText(fields.body);
    // The slug stays: bringing back an old slug would silently move a public article's URL and
    // break the links made to it since; the editor can still change it by hand.
    const restored = {
      title: fields.title,
      excerpt: fields.excerpt,
      seoTitle: fields.seoTitle || null,
      seoDescription: fields.seoDescription || null,
      body: fields.body as unknown as Prisma.InputJsonValue,
      sourceName: fields.sourceName || null,
      sourceUrl: fields.sourceUrl || null,
      byline: fields.byline || null,
      datelinePlace: fields.datelinePlace || null,
      originalPublishedAt: fields.originalPublishedAt ? new Date(`${fields.originalPublishedAt}T00:00:00Z`) : null,
      script: fields.script,
    };
    const previousTags = current.tags.map((link) => link.tag.name);
    const contentChanged = isReaderContentChanged({ ...current, tags: previousTags }, { ...restored, slug: current.slug, tags: tagNames });
    const article = await tx.article.update({
      where: { id: input.articleId },
      data: {
        ...restored,
        excerptAuto: fields.excerptAuto,
        bodyText,
        ...articleSearchColumns({ title: fields.title, excerpt: fields.excerpt, bodyText }),
        ...(contentChanged ? { contentUpdatedAt: new Date() } : {}),
      },
    });
    const tagsChanged = previousTags.join('\n') !== tagNames.join('\n');
    if (tagsChanged) {
      await assertTagsAttachable(tx, actor, tagNames);
      await setArticleTags(tx, article.id, tagNames);
    }
    await writeRevision(tx, article, tagNames, { authorId: actor.id, reason: 'restore' });
    await markRestoredFrom(tx, article, revision);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'article.restore_revision',
      targetType: 'article',
      targetId: article.id,
      data: { revisionId: revision.id, restoredVersion: revision.version, version: article.version },
    });
    const invalidation = await articleInvalidationFor(tx, {
      before: { status: current.status, slug: current.slug, tagSlugs: current.tags.map((link) => link.tag.slug) },
      after: { id: article.id, status: article.status, slug: article.slug, tagsChanged },
    });
    return { version: article.version, invalidation };
  });
}

// The revision just written records which version it brought back, for the history list.
async function markRestoredFrom(
  tx: Prisma.TransactionClient,
  article: { id: string; version: number },
  source: { id: string; version: number },
): Promise<void> {
  const written = await tx.revision.findFirstOrThrow({
    where: { articleId: article.id, version: article.version, reason: 'restore' },
    select: { id: true, snapshot: true },
  });
  const snapshot = (written.snapshot ?? {}) as Prisma.JsonObject;
  await tx.revision.update({
    where: { id: written.id },
    data: { snapshot: { ...snapshot, restoredFrom: { revisionId: source.id, version: source.version } } },
  });
}
