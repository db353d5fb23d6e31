// Turns one plain-text dump of a scraped news page into an article plus a report of every change.
// Pipeline: decode bytes -> strip inline pinyin -> remove boilerplate lines (finding the title)
// -> extract metadata -> structure the body into blocks -> flag suspected mojibake -> detect script
// -> excerpt. Later steps slot in as their own files: GBK/Big5 detection inside decode-bytes;
// HTML extraction right after decoding (it yields lines); mojibake repair after pinyin stripping
// (then strip pinyin again); dedupe and tag suggestion after the article is built, on t2s text.
import { detectScript } from '../text/detect-script';
import { decodeBytes } from './decode-bytes';
import { detectMojibake } from './detect-mojibake';
import { extractMetadata } from './extract-metadata';
import { ImportError } from './import-error';
import type { ImportResult } from './import-result';
import { makeExcerpt } from './make-excerpt';
import { removeBoilerplate } from './remove-boilerplate';
import { stripPinyin } from './strip-pinyin';
import { structureBody } from './structure-body';
import { toTiptapDoc } from './to-tiptap-doc';

export { ImportError } from './import-error';
export type { ImportedArticle, ImportReport, ImportResult, RemovedLine } from './import-result';

function describeMojibake(excerpts: readonly string[]): string {
  const quoted = excerpts.map((excerpt) => `“${excerpt}”`).join(', ');
  return `Suspected mojibake (garbled characters) left in place at ${excerpts.length} place(s): ${quoted}. An editor should correct these passages.`;
}

export function importTextDump(bytes: Uint8Array, fileName: string): ImportResult {
  const { text, encoding, reason: encodingReason } = decodeBytes(bytes, fileName);
  const stripped = stripPinyin(text);
  const cleaned = removeBoilerplate(stripped.text.split(/\r\n|\r|\n/u));
  const metadata = extractMetadata({ ...cleaned, fileName });
  const blocks = structureBody(cleaned.lines);
  if (blocks.length === 0) {
    throw new ImportError(`“${fileName}” has no article text left once navigation, tags and related-article lists are removed.`);
  }

  const bodyText = blocks.map((block) => block.text).join('\n\n');
  const warnings = [...metadata.warnings];
  const mojibake = detectMojibake(`${metadata.title}\n\n${bodyText}`);
  if (mojibake.length > 0) warnings.push(describeMojibake(mojibake.map((span) => span.excerpt)));

  const lead = blocks.find((block) => block.kind === 'paragraph')?.text ?? bodyText;
  const prefix = metadata.datelinePrefix;
  const leadWithoutDateline = prefix && lead.startsWith(prefix) && lead.length > prefix.length ? lead.slice(prefix.length) : lead;

  return {
    article: {
      title: metadata.title,
      titleIsProposed: metadata.titleIsProposed,
      excerpt: makeExcerpt(leadWithoutDateline),
      body: toTiptapDoc(blocks),
      bodyText,
      sourceName: metadata.sourceName,
      sourceUrl: metadata.sourceUrl,
      byline: metadata.byline,
      datelinePlace: metadata.datelinePlace,
      originalPublishedAt: metadata.originalPublishedAt,
      script: detectScript(bodyText),
    },
    report: {
      encoding,
      encodingReason,
      pinyinStripped: stripped.count,
      removedLines: cleaned.removedLines,
      warnings,
      needsReview: warnings.length > 0,
    },
  };
}
