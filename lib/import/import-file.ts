// The importer's entry point: one file's bytes in, one article and its report out, or an
// ImportError an editor can read. Checks first (empty, too large, not text at all: PDF, images,
// archives, Office files, binary data), then reads it as a saved HTML page or a plain-text dump,
// decided from its content rather than its name, and converts it to Simplified when asked.
import { convertResultToSimplified } from './convert-result-to-simplified';
import { identifyFileType } from './identify-file-type';
import { ImportError } from './import-error';
import { importHtmlPage } from './import-html-page';
import type { ImportResult } from './import-result';
import { importTextDump } from './import-text-dump';

export { ImportError } from './import-error';
export type { ImportResult } from './import-result';

export const defaultMaxFileBytes = 5 * 1024 * 1024;

export interface ImportFileOptions {
  maxBytes: number;
  convertToSimplified?: boolean; // convert title, excerpt, body and metadata to Simplified (OpenCC t2cn)
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/u, '')} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

function checkFile(bytes: Uint8Array, fileName: string, maxBytes: number): 'html' | 'text' {
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty.`);
  if (bytes.length > maxBytes) {
    throw new ImportError(`“${fileName}” is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit for one file.`);
  }
  const type = identifyFileType(bytes, fileName);
  if (type.kind === 'binary') throw new ImportError(`“${fileName}” is ${type.description}, not a text or HTML page.`);
  return type.kind;
}

export function importFile(bytes: Uint8Array, fileName: string, options: ImportFileOptions): ImportResult {
  if (!(options.maxBytes > 0)) throw new ImportError('The import size limit must be a positive number of bytes.');
  const kind = checkFile(bytes, fileName, options.maxBytes);
  try {
    const result = kind === 'html' ? importHtmlPage(bytes, fileName) : importTextDump(bytes, fileName);
    return options.convertToSimplified ? convertResultToSimplified(result) : result;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A bug in the importer: one file fails with a clear message instead of the whole batch.
    const name = error instanceof Error ? error.name : 'error';
    throw new ImportError(`“${fileName}” could not be imported because of an unexpected error in the importer (${name}). Please report this file.`, {
      cause: error,
      isUnexpected: true,
    });
  }
}
