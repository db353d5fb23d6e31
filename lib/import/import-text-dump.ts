// Turns one plain-text dump of a scraped news page into an article plus a report of every change.
// Pipeline: decode bytes (BOM / UTF-8 / GB18030 / Big5, detected from the bytes) -> clean the text
// (repair UTF-8 read as GBK, strip inline pinyin, repair GBK-misalignment mojibake, strip pinyin
// again) -> remove boilerplate lines, finding the title -> structure the body into blocks ->
// detect the script -> extract metadata -> flag mojibake left and bytes lost -> excerpt.
// importFile (import-file.ts) picks this or importHtmlPage from the bytes; dedupe and tag
// suggestion follow the built article, on t2s text.
import { detectScript } from '../text/detect-script';
import { checkArticleSize, checkSourceTextSize } from './check-article-size';
import { cleanPageText } from './clean-page-text';
import { decodeBytes } from './decode-bytes';
import { describeMojibakeLeft } from './describe-mojibake-left';
import { extractMetadata } from './extract-metadata';
import { assembleArticle } from './assemble-article';
import { ImportError } from './import-error';
import type { ImportResult } from './import-result';
import { readPageTags } from './read-page-tags';
import { removeBoilerplate } from './remove-boilerplate';
import { structureBody } from './structure-body';
import { toTiptapDoc } from './to-tiptap-doc';

export { ImportError } from './import-error';
export type { ImportedArticle, ImportReport, ImportResult, RemovedLine } from './import-result';
export type { MojibakeRepair } from './repair-mojibake';

export function importTextDump(bytes: Uint8Array, fileName: string): ImportResult {
  const { text, encoding, reason: encodingReason } = decodeBytes(bytes, fileName);
  checkSourceTextSize(text.length, fileName);
  const cleanedText = cleanPageText(text);
  const cleaned = removeBoilerplate(cleanedText.text.split(/\r\n|\r|\n/u));
  const blocks = structureBody(cleaned.lines);
  if (blocks.length === 0) {
    throw new ImportError(`“${fileName}” has no article text left once navigation, tags and related-article lists are removed.`);
  }

  checkArticleSize(blocks.map((block) => block.text), fileName);
  const bodyText = blocks.map((block) => block.text).join('\n\n');
  const script = detectScript(bodyText);
  const metadata = extractMetadata({ ...cleaned, fileName, script });
  const warnings = [...metadata.warnings, ...describeMojibakeLeft(`${metadata.title}\n\n${bodyText}`, cleanedText.skippedRepairs)];
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);

  return {
    article: assembleArticle(metadata, { body: toTiptapDoc(blocks), bodyText, paragraphs, script }),
    report: {
      kind: 'text',
      titleSource: metadata.titleSource,
      encoding,
      encodingReason,
      pinyinStripped: cleanedText.pinyinStripped,
      repairs: cleanedText.repairs,
      removedLines: cleaned.removedLines,
      pageTags: readPageTags(cleaned.removedLines),
      warnings,
      needsReview: warnings.length > 0,
    },
    original: text,
  };
}
