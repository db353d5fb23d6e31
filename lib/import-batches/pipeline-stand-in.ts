// Stands in for importFile (lib/import/import-file) and suggestTags (lib/import/suggest-tags)
// until they exist: plain-text dumps only, and tags matched by name. Removed once they land.
import { ImportError } from '@/lib/import/import-error';
import type { ImportResult } from '@/lib/import/import-result';
import { importTextDump } from '@/lib/import/import-text-dump';
import { foldText } from '@/lib/text/fold-text';

export function importFile(bytes: Uint8Array, fileName: string, options: { maxBytes: number; convertToSimplified?: boolean }): ImportResult {
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty.`);
  if (bytes.length > options.maxBytes) throw new ImportError(`“${fileName}” is larger than the limit.`);
  if (bytes.includes(0)) throw new ImportError(`“${fileName}” is a binary file, not text.`);
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') throw new ImportError(`“${fileName}” is a PDF document, not a text or HTML file.`);
  return importTextDump(bytes, fileName);
}

export function suggestTags(
  input: { title: string; bodyText: string; pageTags: readonly string[] },
  vocabulary: readonly { name: string; aliases?: readonly string[] }[],
): { keywords: string[]; matched: { tag: string; term: string }[] } {
  const text = foldText(`${input.title}\n${input.bodyText}`);
  const matched = vocabulary.filter((tag) => text.includes(foldText(tag.name))).map((tag) => ({ tag: tag.name, term: tag.name }));
  return { keywords: [], matched };
}
