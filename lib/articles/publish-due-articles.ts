import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { writeRevision } from './write-revision';

export interface ScheduledPublication {
  id: string;
  slug: string;
  invalidation: ArticleInvalidation;
}

const batchSize = 100;

async function publishOne(tx: Prisma.TransactionClient, id: string): Promise<ScheduledPublication> {
  const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { publishedAt: true, scheduledAt: true } });
  const publishedAt = current.publishedAt ?? current.scheduledAt ?? new Date();
  const article = await tx.article.update({
    where: { id },
    data: {
      status: 'PUBLISHED',
      // A republished article keeps the time it first went public, and its content's last change.
      publishedAt,
      ...(current.publishedAt === null ? { contentUpdatedAt: publishedAt } : {}),
      scheduledAt: null,
      slugAuto: false,
      version: { increment: 1 },
    },
    include: { tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } } },
  });
  const { tags, ...fields } = article;
  await writeRevision(tx, fields, tags.map((link) => link.tag.name), { authorId: null, reason: 'scheduled-publish' });
  await recordAudit(tx, { actorId: null, action: 'article.publish', targetType: 'article', targetId: id, data: { slug: article.slug, scheduled: true } });
  return { id, slug: article.slug, invalidation: { slugs: [article.slug], tagSlugs: tags.map((link) => link.tag.slug) } };
}

/** Publishes one batch of due articles; rows another worker (or an editor's save) holds are skipped. */
async function publishBatch(): Promise<ScheduledPublication[]> {
  return getPrisma().$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM articles
        WHERE status = 'SCHEDULED' AND scheduled_at <= now() AND deleted_at IS NULL
        ORDER BY scheduled_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      const published: ScheduledPublication[] = [];
      for (const { id } of due) published.push(await publishOne(tx, id));
      return published;
    },
    { timeout: 60_000 },
  );
}

/**
 * Publishes every SCHEDULED article whose time has come (also those that fell due while no server
 * ran), each exactly once even when several workers run at the same moment: the row lock taken by
 * one transaction makes the others skip it, and once committed it is no longer SCHEDULED.
 */
export async function publishDueArticles(): Promise<ScheduledPublication[]> {
  const published: ScheduledPublication[] = [];
  for (;;) {
    const batch = await publishBatch();
    published.push(...batch);
    if (batch.length < batchSize) return published;
  }
}
