// Extracts the article from one saved HTML page: string in, structured article out, nothing run
// or fetched. A light, forgiving parse reads the head and the page's text; page chrome and link
// lists are stripped; the article's element is found by Readability-style scoring (the densest
// block when nothing scores); its blocks are cleaned by the caller's `cleanText` (pinyin,
// mojibake) and then by the shared line rules. No DOM library: a page takes milliseconds.
import { parseBylineLine } from '../parse-byline-line';
import { checkPageUrl } from './check-page-url';
import { collapseWhitespace } from './collapse-whitespace';
import { collectHtmlBlocks } from './collect-html-blocks';
import { collectHtmlImages } from './collect-html-images';
import { findLeftoverLines } from './find-leftover-lines';
import type { HtmlArticle, HtmlBlock } from './html-article';
import { collectPageLines } from './light/collect-page-lines';
import { parseLightHtml } from './light/parse-light-html';
import { type PageHead, readPageHead } from './light/read-page-head';
import { findLineTitle } from '../remove-boilerplate';
import { pickHtmlTitle, type HtmlTitle } from './pick-html-title';
import { placeImages } from './place-images';
import { pruneLinkLists } from './prune-link-lists';
import { readHtmlMeta } from './read-html-meta';
import { removeHtmlBoilerplate } from './remove-html-boilerplate';
import { resolveBaseUrl } from './resolve-base-url';
import { selectArticleRoot } from './select-article-root';
import { stripPageChrome } from './strip-page-chrome';
import { normaliseForComparison } from './strip-site-suffix';
import type { LightElement } from './light/light-node';

export type { HtmlArticle, HtmlBlock, HtmlImage, HtmlLink, HtmlRemoval } from './html-article';

export interface ExtractHtmlOptions {
  url?: string; // the page's address, for relative links
  // Applied to every piece of article text before the line rules see it: the importer strips
  // pinyin and repairs mojibake here. Link texts and alt texts repeat or describe page text.
  cleanText?: (text: string, kind: 'title' | 'block' | 'link' | 'caption' | 'alt') => string;
}

type Clean = NonNullable<ExtractHtmlOptions['cleanText']>;

function cleanBlock(block: HtmlBlock, clean: Clean): HtmlBlock {
  const cleaned: HtmlBlock = { type: block.type, text: clean(block.text, 'block') || block.text };
  if (block.links) cleaned.links = block.links.map((link) => ({ text: clean(link.text, 'link') || link.text, href: link.href }));
  return cleaned;
}

const headlineText = (element: LightElement) => collapseWhitespace(collectPageLines(element).join(' '));

// The page's h1, og:title or <title>; but a <title> that only adds a site name the breadcrumb or
// a disclaimer's 《title》 leaves out gives way to them (标题-某某知识库 with no separator spaces),
// and a page with no title at all takes theirs.
function pickTitle(head: PageHead, siteName: string | null, blocks: readonly HtmlBlock[]): HtmlTitle {
  const fromHead = pickHtmlTitle(head, siteName);
  if (fromHead.titleSource === 'h1' || fromHead.titleSource === 'og:title') return fromHead;
  const fromLines = findLineTitle(blocks.map((block) => block.text));
  if (!fromLines || fromLines.source === 'title-line') return fromHead;
  const lineTitle = normaliseForComparison(fromLines.title);
  const isPrefix = fromHead.title === null || (lineTitle !== '' && normaliseForComparison(fromHead.title).startsWith(lineTitle));
  return isPrefix ? { title: fromLines.title, titleSource: fromLines.source } : fromHead;
}

export function extractHtmlArticle(html: string, options: ExtractHtmlOptions = {}): HtmlArticle {
  checkPageUrl(options.url);
  const clean: Clean = options.cleanText ?? ((text) => text);
  const page = parseLightHtml(html);
  const head = readPageHead(page);
  const pageLines = collectPageLines(page.body);
  const baseUrl = resolveBaseUrl(options.url, head.baseHref);
  const meta = readHtmlMeta(head, pageLines.join('\n'), baseUrl);
  const headTitle = pickHtmlTitle(head, meta.siteName);
  const domRemoved = [...stripPageChrome(page), ...pruneLinkLists(page.body)];
  const remainingLines = collectPageLines(page.body);

  const { root, method } = selectArticleRoot(page.body, headTitle.title, headlineText);
  const { images, imageElements, captionElements } = collectHtmlImages(root, baseUrl);
  const imagePositions = new Map<LightElement, number>();
  const rawBlocks = collectHtmlBlocks(root, { baseUrl, skip: captionElements, imagePositions });

  const cleanedBlocks = rawBlocks.map((block) => cleanBlock(block, clean));
  const picked = pickTitle(head, meta.siteName, cleanedBlocks);
  const title = picked.title === null ? null : clean(picked.title, 'title') || picked.title;
  const cleaned = removeHtmlBoilerplate(cleanedBlocks, title);
  const positions = imageElements.map((element) => imagePositions.get(element));
  const placedImages = placeImages(images, positions, cleaned.keptIndexes).map((image) => ({
    ...image,
    alt: clean(image.alt, 'alt') || image.alt,
    caption: image.caption === null ? null : clean(image.caption, 'caption') || image.caption,
  }));
  const captions = images.flatMap(({ caption }) => (caption ? [caption] : []));
  const leftovers = findLeftoverLines(remainingLines, [...rawBlocks.map((block) => block.text), ...captions], headTitle.title);
  const byline = cleaned.removed.flatMap(({ rule, text }) => (rule === 'byline' ? [parseBylineLine(text)?.byline] : [])).find(Boolean);
  return {
    title,
    titleSource: picked.titleSource,
    blocks: cleaned.blocks,
    images: placedImages,
    meta: { ...meta, author: meta.author ?? byline ?? null },
    removed: cleaned.removed,
    chromeRemoved: [...domRemoved, ...leftovers],
    pageLines,
    extractor: method,
    isPaywalled: cleaned.removed.some(({ rule }) => rule === 'paywall'),
  };
}
