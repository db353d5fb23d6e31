import 'server-only';
import type { Article, Prisma } from '@/lib/db/generated/client';

export const autosaveCoalesceWindowMs = 10 * 60 * 1000;

export interface WriteRevisionOptions {
  authorId: string | null;
  reason: string;
  /**
   * For autosaves: update the article's latest revision instead of adding one, when it is an
   * autosave by the same author begun less than ten minutes ago.
   */
  coalesce?: boolean;
}

/** The article's columns a revision keeps, JSON-ready, plus its tag names in order. */
function snapshotOf(article: Article, tagNames: readonly string[]): Prisma.InputJsonObject {
  // Fingerprints are derived from the text; lock and trash state are not part of a version.
  const {
    body, contentHash, simhash, simhashBands, sourceHash,
    lockedById, lockToken, lockedAt, lockSeenAt, deletedAt, deletedById,
    ...fields
  } = article;
  return {
    ...fields,
    originalPublishedAt: fields.originalPublishedAt?.toISOString().slice(0, 10) ?? null,
    publishedAt: fields.publishedAt?.toISOString() ?? null,
    scheduledAt: fields.scheduledAt?.toISOString() ?? null,
    createdAt: fields.createdAt.toISOString(),
    updatedAt: fields.updatedAt.toISOString(),
    contentUpdatedAt: fields.contentUpdatedAt?.toISOString() ?? null,
    tags: [...tagNames],
  };
}

/** Stores the article as it now is, with the tag names it carries, as a revision. */
export async function writeRevision(
  tx: Prisma.TransactionClient,
  article: Article,
  tagNames: readonly string[],
  options: WriteRevisionOptions,
): Promise<void> {
  const data = {
    version: article.version,
    title: article.title,
    body: article.body as Prisma.InputJsonValue,
    snapshot: snapshotOf(article, tagNames),
  };
  if (options.coalesce && options.reason === 'autosave') {
    const latest = await tx.revision.findFirst({
      where: { articleId: article.id },
      orderBy: { createdAt: 'desc' },
      select: { id: true, reason: true, authorId: true, createdAt: true },
    });
    const isOpenAutosave =
      latest?.reason === 'autosave' &&
      latest.authorId === options.authorId &&
      Date.now() - latest.createdAt.getTime() < autosaveCoalesceWindowMs;
    if (latest && isOpenAutosave) {
      await tx.revision.update({ where: { id: latest.id }, data });
      return;
    }
  }
  await tx.revision.create({ data: { ...data, articleId: article.id, reason: options.reason, authorId: options.authorId } });
}
