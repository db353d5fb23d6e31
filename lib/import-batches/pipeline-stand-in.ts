// Stands in for importFile (lib/import/import-file) until it exists: plain-text dumps only.
// Removed once it lands.
import { ImportError } from '@/lib/import/import-error';
import type { ImportResult } from '@/lib/import/import-result';
import { importTextDump } from '@/lib/import/import-text-dump';

export function importFile(bytes: Uint8Array, fileName: string, options: { maxBytes: number; convertToSimplified?: boolean }): ImportResult {
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty.`);
  if (bytes.length > options.maxBytes) throw new ImportError(`“${fileName}” is larger than the limit.`);
  if (bytes.includes(0)) throw new ImportError(`“${fileName}” is a binary file, not text.`);
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') throw new ImportError(`“${fileName}” is a PDF document, not a text or HTML file.`);
  return importTextDump(bytes, fileName);
}
