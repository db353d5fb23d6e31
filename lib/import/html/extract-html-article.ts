// Extracts the article from one saved HTML page: string in, structured article out, nothing run
// or fetched. Not yet wired into the importer: `importHtmlPage` will combine decodeBytes (charset
// detection) -> extractHtmlArticle -> the text pipeline's pinyin stripping, mojibake checks and
// metadata steps, with the blocks in place of the text dump's lines.
import { Readability } from '@mozilla/readability';
import { collectHtmlBlocks } from './collect-html-blocks';
import { collectHtmlImages } from './collect-html-images';
import { fallbackDensestBlock } from './fallback-densest-block';
import { bylineLabel } from './html-line-rules';
import type { HtmlArticle, HtmlBlock } from './html-article';
import { parseHtmlDocument } from './parse-html-document';
import { pickHtmlTitle } from './pick-html-title';
import { readHtmlMeta } from './read-html-meta';
import { readMetaTags } from './read-meta-tags';
import { removeHtmlBoilerplate } from './remove-html-boilerplate';
import { stripPageChrome } from './strip-page-chrome';

export type { HtmlArticle, HtmlBlock, HtmlImage, HtmlLink, HtmlRemoval } from './html-article';

// Readability keeps the best candidate it finds even below its own thresholds; when that holds
// much less text than the densest block, it picked a teaser or a sidebar, so the fallback wins.
const minShareOfFallback = 0.5;

interface Extraction {
  blocks: HtmlBlock[];
  images: HtmlArticle['images'];
  textLength: number;
}

function extractFrom(root: Element): Extraction {
  const { images, captionElements } = collectHtmlImages(root);
  const blocks = collectHtmlBlocks(root, captionElements);
  return { blocks, images, textLength: blocks.reduce((sum, block) => sum + block.text.length, 0) };
}

// Readability rewrites the document it is given, so it runs last, on the page itself.
function runReadability(document: Document): Element | null {
  // charThreshold counts characters; 200 Chinese characters is already a full news brief.
  const parsed = new Readability<Element>(document, { charThreshold: 200, serializer: (node) => node as Element }).parse();
  return parsed?.content ?? null;
}

export function extractHtmlArticle(html: string, options: { url?: string } = {}): HtmlArticle {
  const document = parseHtmlDocument(html, options.url);
  const metaTags = readMetaTags(document);
  const meta = readHtmlMeta(document, metaTags);
  const { title, titleSource } = pickHtmlTitle(document, meta.siteName, metaTags);
  stripPageChrome(document);

  const fallback = extractFrom(fallbackDensestBlock(document.body));
  const readabilityRoot = runReadability(document);
  const readability = readabilityRoot ? extractFrom(readabilityRoot) : null;
  const isReadabilityEnough = readability !== null && readability.textLength >= fallback.textLength * minShareOfFallback;
  const chosen = isReadabilityEnough ? readability : fallback;

  const cleaned = removeHtmlBoilerplate(chosen.blocks, title);
  const byline = cleaned.removed.find(({ rule }) => rule === 'byline')?.text.replace(bylineLabel, '').trim();
  return {
    title,
    titleSource,
    blocks: cleaned.blocks,
    images: chosen.images,
    meta: { ...meta, author: meta.author ?? (byline || null) },
    removed: cleaned.removed,
    extractor: isReadabilityEnough ? 'readability' : 'densest-block',
    isPaywalled: cleaned.removed.some(({ rule }) => rule === 'paywall'),
  };
}
