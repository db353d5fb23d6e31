import type { BoilerplateRule } from '../import-result';
import type { HtmlMeta } from './read-html-meta';
import type { HtmlTitleSource } from './pick-html-title';

export interface HtmlLink {
  text: string;
  href: string; // absolute, http or https only
}

export interface HtmlBlock {
  type: 'paragraph' | 'heading';
  text: string; // whitespace collapsed, never empty
  links?: HtmlLink[];
}

export interface HtmlImage {
  src: string; // absolute, http or https only
  alt: string;
  caption: string | null;
  // Where the page has it: after blocks[afterBlock] (-1: before the first block); null when the
  // extractor lost its place.
  afterBlock: number | null;
}

export type HtmlRemovalRule = BoilerplateRule;

export interface HtmlRemoval {
  text: string;
  rule: HtmlRemovalRule;
}

export interface HtmlArticle {
  title: string | null;
  titleSource: HtmlTitleSource | null;
  blocks: HtmlBlock[];
  images: HtmlImage[];
  meta: HtmlMeta;
  removed: HtmlRemoval[]; // blocks of the article the line rules removed
  // What went before the line rules ran: page chrome, link lists, and page text the extractor left
  // outside the article (rule 'page-chrome').
  chromeRemoved: HtmlRemoval[];
  // The page's visible text, one block per line, before anything was removed.
  pageLines: string[];
  extractor: 'scored' | 'densest-block'; // how the article's element was found
  isPaywalled: boolean; // the page shows only a teaser; the rest is behind a subscription
}
