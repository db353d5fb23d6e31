// Turns one plain-text dump of a scraped news page into an article plus a report of every change.
// Pipeline: decode bytes (BOM / UTF-8 / GB18030 / Big5, detected from the bytes) -> strip inline
// pinyin -> repair GBK-misalignment mojibake -> strip pinyin again -> remove boilerplate lines
// (finding the title) -> extract metadata -> structure the body into blocks -> flag mojibake left
// and bytes lost -> detect script -> excerpt. HTML pages go through html/extract-html-article first
// (it yields blocks); dedupe and tag suggestion follow the built article, on t2s text.
import { detectScript } from '../text/detect-script';
import { decodeBytes } from './decode-bytes';
import { detectMojibake } from './detect-mojibake';
import { extractMetadata } from './extract-metadata';
import { ImportError } from './import-error';
import type { ImportResult } from './import-result';
import { makeExcerpt } from './make-excerpt';
import { removeBoilerplate } from './remove-boilerplate';
import { lostMarker, repairMojibake } from './repair-mojibake';
import { stripPinyin } from './strip-pinyin';
import { structureBody } from './structure-body';
import { toTiptapDoc } from './to-tiptap-doc';

export { ImportError } from './import-error';
export type { ImportedArticle, ImportReport, ImportResult, RemovedLine } from './import-result';
export type { MojibakeRepair } from './repair-mojibake';

function describeMojibake(excerpts: readonly string[]): string {
  const quoted = excerpts.map((excerpt) => `“${excerpt}”`).join(', ');
  return `Suspected mojibake (garbled characters) left in place at ${excerpts.length} place(s): ${quoted}. An editor should correct these passages.`;
}

function describeLostBytes(text: string): string | null {
  const places: string[] = [];
  for (let index = text.indexOf(lostMarker); index !== -1; index = text.indexOf(lostMarker, index + 1)) {
    places.push(`“${text.slice(Math.max(0, index - 4), index + lostMarker.length + 4)}”`);
  }
  if (places.length === 0) return null;
  return `Garbled bytes were repaired, but ${places.length} place(s) lost characters for good and are marked ${lostMarker}: ${places.join(', ')}. An editor should fill them in from the source.`;
}

export function importTextDump(bytes: Uint8Array, fileName: string): ImportResult {
  const { text, encoding, reason: encodingReason } = decodeBytes(bytes, fileName);
  const stripped = stripPinyin(text);
  // Repairing misaligned GBK can expose pinyin that was inserted inside a garbled pair: strip again.
  const repaired = repairMojibake(stripped.text);
  const restripped = stripPinyin(repaired.text);
  const cleaned = removeBoilerplate(restripped.text.split(/\r\n|\r|\n/u));
  const metadata = extractMetadata({ ...cleaned, fileName });
  const blocks = structureBody(cleaned.lines);
  if (blocks.length === 0) {
    throw new ImportError(`“${fileName}” has no article text left once navigation, tags and related-article lists are removed.`);
  }

  const bodyText = blocks.map((block) => block.text).join('\n\n');
  const warnings = [...metadata.warnings];
  const mojibake = detectMojibake(`${metadata.title}\n\n${bodyText}`);
  if (mojibake.length > 0) warnings.push(describeMojibake(mojibake.map((span) => span.excerpt)));
  const lostBytes = describeLostBytes(`${metadata.title}\n\n${bodyText}`);
  if (lostBytes) warnings.push(lostBytes);

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
      kind: 'text',
      encoding,
      encodingReason,
      pinyinStripped: stripped.count + restripped.count,
      repairs: repaired.repairs,
      removedLines: cleaned.removedLines,
      pageTags: [],
      warnings,
      needsReview: warnings.length > 0,
    },
    original: text,
  };
}
