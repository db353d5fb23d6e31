import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { findExactDuplicate } from './find-exact-duplicate';
import { findNearDuplicates, nearDuplicateWarning } from './find-near-duplicates';
import type { DuplicateOfItem, ImportItemStatus } from './import-batch-types';
import { readImportLimits } from './import-limits';
import { loadTagVocabulary } from './load-tag-vocabulary';
import { runImportPipeline, type TagVocabularyEntry } from './run-import-pipeline';
import { summariseImportResult } from './summarise-import-result';

/** What every item of a batch run shares: loaded once per run, not once per file. */
export interface AnalyseContext {
  maxFileBytes: number;
  vocabulary: readonly TagVocabularyEntry[];
}

export async function createAnalyseContext(): Promise<AnalyseContext> {
  return { maxFileBytes: readImportLimits().maxFileBytes, vocabulary: await loadTagVocabulary() };
}

const missingFileError = 'The uploaded file is no longer stored; upload it again.';

// Only a PENDING item is written, so two runners analysing the same item cannot both record it.
async function finish(itemId: string, data: Prisma.ImportItemUncheckedUpdateManyInput & { status: ImportItemStatus }): Promise<ImportItemStatus> {
  const prisma = getPrisma();
  const { count } = await prisma.importItem.updateMany({ where: { id: itemId, status: 'PENDING' }, data });
  if (count === 1) return data.status;
  const current = await prisma.importItem.findUnique({ where: { id: itemId }, select: { status: true } });
  return current?.status ?? data.status;
}

/**
 * Reads a PENDING item's file through the pipeline and records what it found: READY (with tag
 * suggestions and any "possible duplicate" warnings), DUPLICATE (the same file or text exists as
 * an article or earlier in the batch) or FAILED (with a reason an editor understands). Any other
 * status is returned unchanged, so running it twice does nothing new.
 */
export async function analyseImportItem(itemId: string, context?: AnalyseContext): Promise<ImportItemStatus> {
  const prisma = getPrisma();
  const item = await prisma.importItem.findUnique({
    where: { id: itemId },
    select: { batchId: true, position: true, fileName: true, status: true, sourceHash: true, toSimplified: true },
  });
  if (!item) throw new AppError('NOT_FOUND', 'This import item does not exist.');
  if (item.status !== 'PENDING') return item.status;
  const file = await prisma.importFile.findUnique({ where: { itemId }, select: { bytes: true } });
  if (!file) return finish(itemId, { status: 'FAILED', error: missingFileError });

  const { maxFileBytes, vocabulary } = context ?? (await createAnalyseContext());
  const outcome = runImportPipeline(file.bytes, item.fileName, { maxFileBytes, vocabulary, toSimplified: item.toSimplified });
  if (!outcome.ok) return finish(itemId, { status: 'FAILED', error: outcome.error });

  const { result, fingerprint } = outcome;
  const duplicate = await findExactDuplicate(prisma, { ...item, contentHash: fingerprint.contentHash });
  let duplicateOfItem: DuplicateOfItem | undefined;
  if (duplicate?.kind === 'item') duplicateOfItem = duplicate.item;
  if (!duplicate) {
    result.nearDuplicates = await findNearDuplicates(prisma, fingerprint);
    for (const near of result.nearDuplicates) result.report.warnings.push(nearDuplicateWarning(near.title));
  }
  return finish(itemId, {
    status: duplicate ? 'DUPLICATE' : 'READY',
    error: null,
    contentHash: fingerprint.contentHash,
    duplicateOfId: duplicate?.kind === 'article' ? duplicate.article.id : null,
    summary: summariseImportResult(result, duplicateOfItem) as unknown as Prisma.InputJsonValue,
    result: result as unknown as Prisma.InputJsonValue,
  });
}
