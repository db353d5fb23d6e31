// One file through the pure pipeline plus tag suggestion and fingerprints, with every failure
// turned into a message for the editor: ImportError messages as they are, anything else (a bug)
// logged here and reported in general terms.
import { ImportError } from '@/lib/import/import-error';
import { importFile } from '@/lib/import/import-file';
import { suggestTags, type TagVocabularyEntry } from '@/lib/import/suggest-tags';
import { fingerprintArticle, type ArticleFingerprint } from './fingerprint-article';
import type { ImportItemResult } from './import-batch-types';

export const internalReadError = 'Inkstone could not read this file (internal error); it has been logged.';

export type { TagVocabularyEntry } from '@/lib/import/suggest-tags';

export interface ImportPipelineOptions {
  maxFileBytes: number;
  toSimplified: boolean;
  vocabulary: readonly TagVocabularyEntry[];
}

export type ImportPipelineOutcome =
  | { ok: true; result: ImportItemResult; fingerprint: ArticleFingerprint }
  | { ok: false; error: string };

export function runImportPipeline(bytes: Uint8Array, fileName: string, options: ImportPipelineOptions): ImportPipelineOutcome {
  try {
    const imported = importFile(bytes, fileName, { maxBytes: options.maxFileBytes, convertToSimplified: options.toSimplified });
    const { title, bodyText } = imported.article;
    const suggestedTags = suggestTags({ title, bodyText, pageTags: imported.report.pageTags }, options.vocabulary);
    return {
      ok: true,
      result: { ...imported, suggestedTags, nearDuplicates: [] },
      fingerprint: fingerprintArticle(imported.article),
    };
  } catch (error) {
    if (error instanceof ImportError && !error.isUnexpected) return { ok: false, error: error.message };
    // importFile wraps its own bugs as unexpected ImportErrors; log the underlying error.
    const cause = error instanceof ImportError ? (error.cause ?? error) : error;
    console.error(`import: reading “${fileName}” failed with an internal error`, cause);
    return { ok: false, error: internalReadError };
  }
}
