// `npm run import -- --dry-run`: what the pipeline makes of each file, with no database at all.
import { ImportError } from '@/lib/import/import-error';
import type { ImportedArticle, ImportReport } from '@/lib/import/import-result';
import { importTextDump } from '@/lib/import/import-text-dump';
import type { UploadEntry } from '@/lib/import/sources/upload-entry';
import { errorMessage } from './exit-with-error';

export interface DryRunResult {
  file: string;
  status: 'ok' | 'failed';
  article: ImportedArticle | null;
  report: ImportReport | null;
  error: string | null;
}

export function dryRunEntry(entry: UploadEntry, maxBytes: number): DryRunResult {
  const failed = (error: string): DryRunResult => ({ file: entry.name, status: 'failed', article: null, report: null, error });
  if ('error' in entry) return failed(entry.error);
  if (entry.bytes.length > maxBytes) return failed(`“${entry.name}” is larger than the limit.`);
  try {
    const { article, report } = importTextDump(entry.bytes, entry.name);
    return { file: entry.name, status: 'ok', article, report, error: null };
  } catch (error) {
    // An ImportError is the editor-facing reason; anything else is a bug, reported as one.
    return failed(error instanceof ImportError ? error.message : `Internal error while reading this file: ${errorMessage(error)}`);
  }
}
