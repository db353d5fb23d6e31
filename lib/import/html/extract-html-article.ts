// Extracts the article from one saved HTML page: string in, structured article out, nothing run
// or fetched. A fast light parse reads the head and the page text, strips page chrome and link
// lists; what is left goes to a DOM for Readability (with a densest-block fallback); the chosen
// blocks are cleaned by the caller's `cleanText` (pinyin, mojibake) and then by the line rules.
import { Readability } from '@mozilla/readability';
import { collectHtmlBlocks } from './collect-html-blocks';
import { collectHtmlImages } from './collect-html-images';
import { fallbackDensestBlock } from './fallback-densest-block';
import { findLeftoverLines } from './find-leftover-lines';
import type { HtmlArticle, HtmlBlock, HtmlImage } from './html-article';
import { bylineLabel } from './html-line-rules';
import { collectPageLines } from './light/collect-page-lines';
import { parseLightHtml } from './light/parse-light-html';
import { readPageHead } from './light/read-page-head';
import { serializeLightHtml } from './light/serialize-light-html';
import { checkPageUrl, parseHtmlDocument } from './parse-html-document';
import { pickHtmlTitle } from './pick-html-title';
import { placeImages } from './place-images';
import { pruneLinkLists } from './prune-link-lists';
import { readHtmlMeta } from './read-html-meta';
import { removeHtmlBoilerplate } from './remove-html-boilerplate';
import { resolveBaseUrl } from './resolve-base-url';
import { stripPageChrome } from './strip-page-chrome';

export type { HtmlArticle, HtmlBlock, HtmlImage, HtmlLink, HtmlRemoval } from './html-article';

export interface ExtractHtmlOptions {
  url?: string; // the page's address, for relative links
  // Applied to every piece of article text before the line rules see it: the importer strips
  // pinyin and repairs mojibake here. Link texts and alt texts repeat or describe page text.
  cleanText?: (text: string, kind: 'title' | 'block' | 'link' | 'caption' | 'alt') => string;
}

// Readability keeps the best candidate it finds even below its own thresholds; when that holds
// much less text than the densest block, it picked a teaser or a sidebar, so the fallback wins.
const minShareOfFallback = 0.5;

interface Extraction {
  blocks: HtmlBlock[];
  images: HtmlImage[];
  imagePositions: (number | undefined)[]; // per image: index of the first block after it
  captions: string[];
  textLength: number;
}

function extractFrom(root: Element): Extraction {
  const { images, imageElements, captionElements } = collectHtmlImages(root);
  const positions = new Map<Element, number>();
  const blocks = collectHtmlBlocks(root, captionElements, positions);
  return {
    blocks,
    images,
    imagePositions: imageElements.map((element) => positions.get(element)),
    captions: images.flatMap(({ caption }) => (caption ? [caption] : [])),
    textLength: blocks.reduce((sum, block) => sum + block.text.length, 0),
  };
}

// Readability rewrites the document it is given, so it runs last, on the page itself. A failure
// inside it on odd markup leaves the fallback in charge.
function runReadability(document: Document): Element | null {
  try {
    // charThreshold counts characters; 200 Chinese characters is already a full news brief.
    const parsed = new Readability<Element>(document, { charThreshold: 200, serializer: (node) => node as Element }).parse();
    return parsed?.content ?? null;
  } catch {
    return null;
  }
}

function chooseExtraction(html: string): { chosen: Extraction; extractor: HtmlArticle['extractor'] } {
  const document = parseHtmlDocument(html);
  const fallback = extractFrom(fallbackDensestBlock(document.body));
  const readabilityRoot = runReadability(document);
  const readability = readabilityRoot ? extractFrom(readabilityRoot) : null;
  const isReadabilityEnough = readability !== null && readability.textLength >= fallback.textLength * minShareOfFallback;
  return isReadabilityEnough ? { chosen: readability, extractor: 'readability' } : { chosen: fallback, extractor: 'densest-block' };
}

type Clean = NonNullable<ExtractHtmlOptions['cleanText']>;

function cleanBlock(block: HtmlBlock, clean: Clean): HtmlBlock {
  const cleaned: HtmlBlock = { type: block.type, text: clean(block.text, 'block') || block.text };
  if (block.links) cleaned.links = block.links.map((link) => ({ text: clean(link.text, 'link') || link.text, href: link.href }));
  return cleaned;
}

export function extractHtmlArticle(html: string, options: ExtractHtmlOptions = {}): HtmlArticle {
  checkPageUrl(options.url);
  const clean: Clean = options.cleanText ?? ((text) => text);
  const page = parseLightHtml(html);
  const head = readPageHead(page);
  const pageLines = collectPageLines(page.body);
  const baseUrl = resolveBaseUrl(options.url, head.baseHref);
  const meta = readHtmlMeta(head, pageLines.join('\n'), baseUrl);
  const picked = pickHtmlTitle(head, meta.siteName);
  const domRemoved = [...stripPageChrome(page), ...pruneLinkLists(page.body)];
  const remainingLines = collectPageLines(page.body);
  const { chosen, extractor } = chooseExtraction(serializeLightHtml(page, baseUrl));

  const title = picked.title === null ? null : clean(picked.title, 'title') || picked.title;
  const cleaned = removeHtmlBoilerplate(
    chosen.blocks.map((block) => cleanBlock(block, clean)),
    title,
  );
  const images = placeImages(chosen.images, chosen.imagePositions, cleaned.keptIndexes).map((image) => ({
    ...image,
    alt: clean(image.alt, 'alt') || image.alt,
    caption: image.caption === null ? null : clean(image.caption, 'caption') || image.caption,
  }));
  const leftovers = findLeftoverLines(remainingLines, [...chosen.blocks.map((block) => block.text), ...chosen.captions], picked.title);
  const byline = cleaned.removed.find(({ rule }) => rule === 'byline')?.text.replace(bylineLabel, '').trim();
  return {
    title,
    titleSource: picked.titleSource,
    blocks: cleaned.blocks,
    images,
    meta: { ...meta, author: meta.author ?? (byline || null) },
    removed: cleaned.removed,
    chromeRemoved: [...domRemoved, ...leftovers],
    pageLines,
    extractor,
    isPaywalled: cleaned.removed.some(({ rule }) => rule === 'paywall'),
  };
}
