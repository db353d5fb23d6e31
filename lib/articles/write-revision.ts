import 'server-only';
import type { Article, Prisma } from '@/lib/db/generated/client';

/** Stores the article as it now is, with the tag names it carries, as one revision. */
export async function writeRevision(
  tx: Prisma.TransactionClient,
  article: Article,
  tagNames: readonly string[],
  options: { authorId: string | null; reason: string },
): Promise<void> {
  // Fingerprints are derived from the text, so a revision does not keep them.
  const { body, contentHash, simhash, simhashBands, ...fields } = article;
  const snapshot = {
    ...fields,
    originalPublishedAt: fields.originalPublishedAt?.toISOString().slice(0, 10) ?? null,
    publishedAt: fields.publishedAt?.toISOString() ?? null,
    createdAt: fields.createdAt.toISOString(),
    updatedAt: fields.updatedAt.toISOString(),
    tags: [...tagNames],
  };
  await tx.revision.create({
    data: {
      articleId: article.id,
      version: article.version,
      title: article.title,
      body: body as Prisma.InputJsonValue,
      snapshot,
      reason: options.reason,
      authorId: options.authorId,
    },
  });
}
