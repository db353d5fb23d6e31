import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor } from '@/lib/auth/can';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { AppError } from '@/lib/errors/app-error';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import { articleSearchColumns } from '@/lib/search/article-search-columns';
import { setArticleTags } from '@/lib/tags/set-article-tags';
import type { SaveArticleInput } from './article-input-schema';
import { articleInvalidationFor } from './article-invalidation-for';
import { assertTagsAttachable } from './assert-tags-attachable';
import { checkPublishable } from './check-publishable';
import { claimArticleVersion } from './claim-article-version';
import { deriveLeadExcerpt } from './derive-lead-excerpt';
import { intentPermission } from './intent-permission';
import { isArticleSlugClash } from './is-article-slug-clash';
import { isReaderContentChanged } from './is-reader-content-changed';
import { moveSlugRedirects } from './move-slug-redirects';
import { nextArticleStatus } from './next-article-status';
import { resolveScheduledAt } from './resolve-scheduled-at';
import { resolveSlug } from './resolve-slug';
import { writeRevision } from './write-revision';

export interface SaveArticleResult {
  version: number;
  status: ArticleStatus;
  slug: string;
  slugAuto: boolean;
  excerpt: string;
  /** ISO time of this write. */
  savedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  invalidation: ArticleInvalidation;
}

const auditedIntents = new Set(['publish', 'unpublish', 'schedule', 'archive']);

/** The columns that take the editor's fields as they are ('' stored as null). */
function editedColumns(input: SaveArticleInput) {
  const columns = {
    title: input.title,
    excerpt: input.excerptAuto ? deriveLeadExcerpt(input.body) : input.excerpt,
    excerptAuto: input.excerptAuto,
    seoTitle: input.seoTitle || null,
    seoDescription: input.seoDescription || null,
    body: input.body as object,
    bodyText: docToPlainText(input.body),
    sourceName: input.sourceName || null,
    sourceUrl: input.sourceUrl || null,
    byline: input.byline || null,
    datelinePlace: input.datelinePlace || null,
    originalPublishedAt: input.originalPublishedAt ? new Date(`${input.originalPublishedAt}T00:00:00Z`) : null,
    script: input.script,
  };
  return { ...columns, ...articleSearchColumns(columns) };
}

function revisionReason(input: SaveArticleInput): string {
  // "Keep mine" after a conflict is its own revision; a status change keeps its own reason.
  if (input.resolvesConflict && (input.intent === 'save' || input.intent === 'autosave')) return 'conflict';
  return input.intent;
}

/**
 * Saves the editor's fields and applies the intent, in one transaction: nothing is written when
 * the save is based on an older version (CONFLICT), the article is gone or in the trash
 * (NOT_FOUND), the actor may not make this change to this article (FORBIDDEN: someone else's or
 * a non-draft for a contributor, any status change without article:publish, new tags without
 * tag:create), or a field or the transition is invalid (VALIDATION).
 */
export async function saveArticle(actor: Actor, input: SaveArticleInput): Promise<SaveArticleResult> {
  const permission = intentPermission(input.intent);
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', 'You may edit this article but not change whether readers see it.');
  const now = new Date();
  const timeZone = input.intent === 'schedule' ? getSiteTimeZone() : '';
  try {
    return await getPrisma().$transaction(async (tx) => {
      await claimArticleVersion(tx, { id: input.id, baseVersion: input.baseVersion, actorId: actor.id });
      const current = await tx.article.findUniqueOrThrow({
        where: { id: input.id },
        include: { tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } } },
      });
      const resource = { kind: 'article', createdById: current.createdById, status: current.status } as const;
      if (!can(actor, 'article:edit', resource) || !can(actor, permission, resource)) {
        throw new AppError('FORBIDDEN', 'You may not change this article.');
      }
      const status = nextArticleStatus(current.status, input.intent);
      if (!status) throw new AppError('VALIDATION', `A ${current.status} article cannot be saved with intent ${input.intent}.`, { form: 'invalid' });
      const isGoingPublic = input.intent === 'publish' || input.intent === 'schedule';
      const fieldErrors = checkPublishable({ ...input, nextStatus: status, confirmReview: input.confirmReview ?? false });
      let scheduledAt = input.intent === 'publish' || input.intent === 'unpublish' ? null : current.scheduledAt;
      if (input.intent === 'schedule') {
        const schedule = resolveScheduledAt(input.scheduledAt, timeZone, now);
        if (schedule.ok) scheduledAt = schedule.at;
        else fieldErrors.scheduledAt = schedule.code;
      }
      if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', 'The article cannot be saved like this.', fieldErrors);

      const slug = await resolveSlug(tx, { article: current, requested: input.slug, title: input.title, isPublishing: input.intent === 'publish' });
      const previousTags = current.tags.map((link) => link.tag.name);
      const tagsChanged = previousTags.join('\n') !== input.tags.join('\n');
      if (tagsChanged) await assertTagsAttachable(tx, actor, input.tags);
      const edited = editedColumns(input);
      const isFirstPublication = input.intent === 'publish' && current.publishedAt === null;
      const contentChanged = isReaderContentChanged({ ...current, tags: previousTags }, { ...edited, slug: slug.slug, tags: input.tags });
      const article = await tx.article.update({
        where: { id: input.id },
        data: {
          ...edited,
          ...slug,
          status,
          publishedAt: input.intent === 'publish' ? (current.publishedAt ?? now) : current.publishedAt,
          // A first publication's content is new to readers from its publication time on.
          ...(contentChanged || isFirstPublication ? { contentUpdatedAt: now } : {}),
          scheduledAt,
          needsReview: isGoingPublic && input.confirmReview ? false : input.needsReview,
          ...(input.lockToken && input.lockToken === current.lockToken ? { lockSeenAt: now } : {}),
        },
      });
      if (slug.slug !== current.slug) await moveSlugRedirects(tx, { articleId: article.id, from: current.slug, to: slug.slug, hasBeenPublic: current.publishedAt !== null });
      if (tagsChanged) await setArticleTags(tx, article.id, input.tags);
      await writeRevision(tx, article, input.tags, { authorId: actor.id, reason: revisionReason(input), coalesce: !input.resolvesConflict });
      if (auditedIntents.has(input.intent)) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: `article.${input.intent}`,
          targetType: 'article',
          targetId: article.id,
          data: { slug: article.slug, version: article.version, ...(scheduledAt && input.intent === 'schedule' ? { scheduledAt: scheduledAt.toISOString() } : {}) },
        });
      }
      const invalidation = await articleInvalidationFor(tx, {
        before: { status: current.status, slug: current.slug, tagSlugs: current.tags.map((link) => link.tag.slug) },
        after: { id: article.id, status: article.status, slug: article.slug, tagsChanged },
      });
      return {
        version: article.version,
        status: article.status,
        slug: article.slug,
        slugAuto: article.slugAuto,
        excerpt: article.excerpt,
        savedAt: article.updatedAt.toISOString(),
        publishedAt: article.publishedAt?.toISOString() ?? null,
        scheduledAt: article.scheduledAt?.toISOString() ?? null,
        invalidation,
      };
    });
  } catch (error) {
    // Another article took the slug between our check and the write.
    if (isArticleSlugClash(error)) throw new AppError('VALIDATION', 'This slug is already used by another article.', { slug: 'taken' });
    throw error;
  }
}
