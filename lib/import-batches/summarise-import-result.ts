import type { DuplicateOfItem, ImportItemResult, ImportItemSummary } from './import-batch-types';

/** The preview row's columns for one analysed file. */
export function summariseImportResult(result: ImportItemResult, duplicateOfItem?: DuplicateOfItem): ImportItemSummary {
  const { article, report } = result;
  return {
    kind: report.kind,
    title: article.title,
    titleIsProposed: article.titleIsProposed,
    sourceName: article.sourceName,
    byline: article.byline,
    originalPublishedAt: article.originalPublishedAt,
    encoding: report.encoding,
    script: article.script,
    pinyinStripped: report.pinyinStripped,
    repairs: report.repairs.length,
    removedLines: report.removedLines.length,
    warnings: report.warnings.length,
    needsReview: report.needsReview,
    nearDuplicates: result.nearDuplicates.length,
    ...(duplicateOfItem ? { duplicateOfItem } : {}),
  };
}
