// `npm run import -- --dry-run`: what the pipeline makes of each file, with no database at all.
import { ImportError, importFile } from '@/lib/import/import-file';
import type { ImportedArticle, ImportReport } from '@/lib/import/import-result';
import type { UploadEntry } from '@/lib/import/sources/upload-entry';
import { errorMessage } from './exit-with-error';

export interface DryRunResult {
  file: string;
  status: 'ok' | 'failed';
  article: ImportedArticle | null;
  report: ImportReport | null;
  error: string | null;
}

export function dryRunEntry(entry: UploadEntry, maxBytes: number, toSimplified = false): DryRunResult {
  const failed = (error: string): DryRunResult => ({ file: entry.name, status: 'failed', article: null, report: null, error });
  if ('error' in entry) return failed(entry.error);
  try {
    const { article, report } = importFile(entry.bytes, entry.name, { maxBytes, convertToSimplified: toSimplified });
    return { file: entry.name, status: 'ok', article, report, error: null };
  } catch (error) {
    // importFile turns its own bugs into ImportErrors; anything else escaped it and is reported as such.
    return failed(error instanceof ImportError ? error.message : `Internal error while reading this file: ${errorMessage(error)}`);
  }
}
