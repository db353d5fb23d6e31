import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { nearDuplicateWarning } from './find-near-duplicates';
import type { ImportItemResult } from './import-batch-types';
import { readImportLimits } from './import-limits';
import { runImportPipeline } from './run-import-pipeline';

/**
 * Reads the item's file again with conversion to Simplified on. Tag suggestions and possible
 * duplicates carry over: both were found on Simplified-folded text already.
 */
export async function rebuildInSimplified(
  tx: Prisma.TransactionClient,
  itemId: string,
  fileName: string,
  stored: ImportItemResult,
): Promise<ImportItemResult> {
  const file = await tx.importFile.findUniqueOrThrow({ where: { itemId }, select: { bytes: true } });
  const outcome = runImportPipeline(file.bytes, fileName, { maxFileBytes: readImportLimits().maxFileBytes, toSimplified: true, vocabulary: [] });
  if (!outcome.ok) throw new Error(`import item ${itemId} could not be read again in Simplified: ${outcome.error}`);
  const warnings = [...outcome.result.report.warnings, ...stored.nearDuplicates.map((near) => nearDuplicateWarning(near.title))];
  return {
    ...outcome.result,
    report: { ...outcome.result.report, warnings },
    suggestedTags: stored.suggestedTags,
    nearDuplicates: stored.nearDuplicates,
  };
}
