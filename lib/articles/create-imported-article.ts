import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ImportResult } from '@/lib/import/import-text-dump';
import { fingerprintArticle, type ArticleFingerprint } from '@/lib/import-batches/fingerprint-article';
import { articleSearchColumns } from '@/lib/search/article-search-columns';
import { makeSlug } from '@/lib/slug/make-slug';
import { uniqueSlug } from '@/lib/slug/unique-slug';
import { setArticleTags } from '@/lib/tags/set-article-tags';
import { writeRevision } from './write-revision';

export interface CreateImportedArticleOptions {
  actorId: string | null;
  result: ImportResult;
  sourceHash: string;
  // Tag names in order (the first is the primary topic); missing tags are created.
  tags: readonly string[];
  publish: boolean;
  // Computed from the result's title and text when not given.
  fingerprint?: ArticleFingerprint;
  // The import item it comes from, recorded in the audit entry.
  importItemId?: string;
}

export interface CreateImportedArticleResult {
  // false: the same file (sourceHash) or the same text (contentHash) is already an article.
  created: boolean;
  id: string;
  slug: string;
}

async function insertImportedArticle(tx: Prisma.TransactionClient, options: CreateImportedArticleOptions): Promise<CreateImportedArticleResult> {
  const { article, report } = options.result;
  const fingerprint = options.fingerprint ?? fingerprintArticle(article);
  // Imports of the same text wait for each other here, so two at once cannot both pass the check.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${fingerprint.contentHash}, 0))`;
  const duplicate = await tx.article.findFirst({
    where: { OR: [{ sourceHash: options.sourceHash }, { contentHash: fingerprint.contentHash }] },
    orderBy: { createdAt: 'asc' },
    select: { id: true, slug: true },
  });
  if (duplicate) return { created: false, ...duplicate };
  const slug = await uniqueSlug(makeSlug(article.title), async (candidate) =>
    (await tx.article.count({ where: { slug: candidate } })) > 0,
  );
  const publishedAt = options.publish ? new Date() : null;
  const created = await tx.article.create({
    data: {
      title: article.title,
      slug,
      excerpt: article.excerpt,
      body: article.body as object,
      bodyText: article.bodyText,
      ...articleSearchColumns(article),
      sourceName: article.sourceName,
      sourceUrl: article.sourceUrl,
      byline: article.byline,
      datelinePlace: article.datelinePlace,
      originalPublishedAt: article.originalPublishedAt ? new Date(`${article.originalPublishedAt}T00:00:00Z`) : null,
      script: article.script,
      needsReview: report.needsReview,
      sourceHash: options.sourceHash,
      contentHash: fingerprint.contentHash,
      simhash: fingerprint.simhash,
      simhashBands: fingerprint.simhashBands,
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt,
      contentUpdatedAt: publishedAt,
      createdById: options.actorId,
      updatedById: options.actorId,
    },
  });
  await setArticleTags(tx, created.id, options.tags);
  await writeRevision(tx, created, options.tags, { authorId: options.actorId, reason: 'import' });
  await recordAudit(tx, {
    actorId: options.actorId,
    action: options.publish ? 'article.import_publish' : 'article.import',
    targetType: 'article',
    targetId: created.id,
    data: {
      slug,
      pinyinStripped: report.pinyinStripped,
      removedLines: report.removedLines.length,
      warnings: report.warnings,
      ...(options.importItemId ? { importItemId: options.importItemId } : {}),
    },
  });
  return { created: true, id: created.id, slug };
}

/**
 * Stores one imported article with its fingerprints, tags, first revision and audit entry, all or
 * nothing: in the given transaction, or in one of its own. Nothing new when the file or its text
 * is already an article.
 */
export async function createImportedArticle(options: CreateImportedArticleOptions, tx?: Prisma.TransactionClient): Promise<CreateImportedArticleResult> {
  if (tx) return insertImportedArticle(tx, options);
  return getPrisma().$transaction((transaction) => insertImportedArticle(transaction, options));
}
