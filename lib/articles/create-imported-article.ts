import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ImportResult } from '@/lib/import/import-text-dump';
import { makeSlug } from '@/lib/slug/make-slug';
import { uniqueSlug } from '@/lib/slug/unique-slug';
import { setArticleTags } from '@/lib/tags/set-article-tags';
import { writeRevision } from './write-revision';

export interface CreateImportedArticleOptions {
  actorId: string | null;
  result: ImportResult;
  sourceHash: string;
  tags: readonly string[];
  publish: boolean;
}

/** Stores one imported article (and its tags, first revision and audit entry) in one transaction. */
export async function createImportedArticle(options: CreateImportedArticleOptions): Promise<{ created: boolean; id: string; slug: string }> {
  const { article, report } = options.result;
  return getPrisma().$transaction(async (tx) => {
    const duplicate = await tx.article.findUnique({ where: { sourceHash: options.sourceHash }, select: { id: true, slug: true } });
    if (duplicate) return { created: false, ...duplicate };
    const slug = await uniqueSlug(makeSlug(article.title), async (candidate) =>
      (await tx.article.count({ where: { slug: candidate } })) > 0,
    );
    const created = await tx.article.create({
      data: {
        title: article.title,
        slug,
        excerpt: article.excerpt,
        body: article.body as object,
        bodyText: article.bodyText,
        sourceName: article.sourceName,
        sourceUrl: article.sourceUrl,
        byline: article.byline,
        datelinePlace: article.datelinePlace,
        originalPublishedAt: article.originalPublishedAt ? new Date(`${article.originalPublishedAt}T00:00:00Z`) : null,
        script: article.script,
        needsReview: report.needsReview,
        sourceHash: options.sourceHash,
        status: options.publish ? 'PUBLISHED' : 'DRAFT',
        publishedAt: options.publish ? new Date() : null,
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
      data: { slug, pinyinStripped: report.pinyinStripped, removedLines: report.removedLines.length, warnings: report.warnings },
    });
    return { created: true, id: created.id, slug };
  });
}
