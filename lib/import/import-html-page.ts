// Turns one saved HTML page into an article plus a report of every change. Pipeline: decode bytes
// (the bytes decide; a <meta charset> that disagrees loses, and the report says why) -> extract
// the article (html/extract-html-article: a light, forgiving parse; page chrome and link lists
// stripped; the article's element found by Readability-style scoring, or the densest block), each
// text cleaned on the way (UTF-8-read-as-GBK repair, pinyin stripping, GBK-misalignment repair)
// before the shared line rules run -> detect the script -> metadata (title and its source,
// original publisher, byline, dateline place, date, original URL) -> Tiptap body with safe links
// and images in place -> report, with every DOM-level and line removal and the page's own tags.
import { detectScript } from '../text/detect-script';
import { checkArticleSize, checkSourceTextSize } from './check-article-size';
import { cleanPageText, type CleanedPageText, createRepairBudget } from './clean-page-text';
import { decodeBytes } from './decode-bytes';
import { describeMojibakeLeft } from './describe-mojibake-left';
import { extractMetadata } from './extract-metadata';
import { extractHtmlArticle } from './html/extract-html-article';
import { toHtmlTiptapDoc } from './html/to-html-tiptap-doc';
import { assembleArticle } from './assemble-article';
import { ImportError } from './import-error';
import type { ImportResult, RemovedLine } from './import-result';
import { readPageTags } from './read-page-tags';
import { matchLineRule } from './remove-boilerplate';
import type { MojibakeRepair } from './repair-mojibake';

export interface ImportHtmlOptions {
  url?: string; // the page's address, when known (a feed item's link): resolves relative links
}

// Lines outside the article worth cleaning for metadata: short ones carrying a label.
const labelledLine = /[源記记鏈链址作報报導导]/u;
const maxLabelledLineLength = 200;

// Cleans each distinct text once (a title is usually also the h1 block), recording pinyin and
// repairs only for text an editor sees in `original`, within one repair budget for the page.
class PageCleaner {
  pinyinStripped = 0;
  skippedRepairs = 0;
  readonly repairs: { repair: MojibakeRepair; rawText: string }[] = [];
  private readonly cleaned = new Map<string, CleanedPageText>();
  private readonly budget = createRepairBudget();
  private characters = 0;

  constructor(private readonly fileName: string) {}

  clean(text: string, isRecorded: boolean): string {
    let result = this.cleaned.get(text);
    if (!result) {
      this.characters += text.length;
      checkSourceTextSize(this.characters, this.fileName);
      result = cleanPageText(text, this.budget);
      this.skippedRepairs += result.skippedRepairs;
      this.cleaned.set(text, result);
      if (isRecorded) {
        this.pinyinStripped += result.pinyinStripped;
        this.repairs.push(...result.repairs.map((repair) => ({ repair, rawText: text })));
      }
    }
    return result.text;
  }
}

// Repair offsets point into `original`, where the repaired text and then `before` occur. Blocks
// come in page order, so the search moves on from the last find (searching from the start each
// time would be quadratic on a page full of garbled text).
function locateRepairs(repairs: PageCleaner['repairs'], original: string): MojibakeRepair[] {
  let cursor = 0;
  return repairs.map(({ repair, rawText }) => {
    let lineStart = original.indexOf(rawText, cursor);
    if (lineStart === -1) lineStart = Math.max(0, original.indexOf(rawText));
    const found = original.indexOf(repair.before, lineStart);
    const offset = found === -1 ? lineStart : found;
    cursor = lineStart;
    return { ...repair, offset };
  });
}

function isPageTagLine(line: string): boolean {
  return [...line].length <= maxLabelledLineLength && matchLineRule(line) === 'fake-tags';
}

export function importHtmlPage(bytes: Uint8Array, fileName: string, options: ImportHtmlOptions = {}): ImportResult {
  const { text: html, encoding, reason: encodingReason } = decodeBytes(bytes, fileName);
  const cleaner = new PageCleaner(fileName);
  const page = extractHtmlArticle(html, { url: options.url, cleanText: (text, kind) => cleaner.clean(text, kind !== 'link' && kind !== 'alt') });
  if (page.blocks.length === 0) {
    throw new ImportError(`“${fileName}” has no article text left once navigation, tags and related-article lists are removed.`);
  }

  checkArticleSize(page.blocks.map((block) => block.text), fileName);
  const original = page.pageLines.join('\n');
  const bodyText = page.blocks.map((block) => block.text).join('\n\n');
  const script = detectScript(bodyText);
  const removedLines: RemovedLine[] = [...page.chromeRemoved, ...page.removed].map(({ text, rule }) => ({ line: text, rule }));
  const metadataLines = page.pageLines
    .filter((line) => line.length <= maxLabelledLineLength && labelledLine.test(line))
    .map((line) => cleaner.clean(line, false));
  const cleanMeta = (text: string | null) => (text === null ? null : cleaner.clean(text, false));
  const metadata = extractMetadata({
    title: page.title,
    titleSource: page.titleSource,
    lines: page.blocks.map((block) => block.text),
    removedLines,
    fileName,
    script,
    page: {
      publishedAt: page.meta.publishedAt,
      author: cleanMeta(page.meta.author),
      siteName: cleanMeta(page.meta.siteName),
      canonicalUrl: page.meta.canonicalUrl,
      pageUrl: options.url ?? null,
      lines: metadataLines,
    },
  });

  const warnings = [...metadata.warnings, ...describeMojibakeLeft(`${metadata.title}\n\n${bodyText}`, cleaner.skippedRepairs)];
  if (page.isPaywalled) {
    warnings.push('The page shows only a teaser; the rest of the article is behind a paywall or login. Only the teaser was imported.');
  }
  const tagLines = page.pageLines.filter(isPageTagLine).map((line): RemovedLine => ({ line, rule: 'fake-tags' }));
  const paragraphs = page.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);

  return {
    article: assembleArticle(metadata, { body: toHtmlTiptapDoc(page.blocks, page.images), bodyText, paragraphs, script }),
    report: {
      kind: 'html',
      titleSource: metadata.titleSource,
      encoding,
      encodingReason,
      pinyinStripped: cleaner.pinyinStripped,
      repairs: locateRepairs(cleaner.repairs, original),
      removedLines,
      pageTags: readPageTags([...removedLines, ...tagLines], page.meta.keywords),
      warnings,
      needsReview: warnings.length > 0,
    },
    original,
  };
}
