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
}

// The text pipeline's rules plus those only HTML pages need.
export type HtmlRemovalRule = BoilerplateRule | 'paywall' | 'page-tools' | 'page-info' | 'epaper-nav' | 'byline';

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
  removed: HtmlRemoval[];
  extractor: 'readability' | 'densest-block';
  isPaywalled: boolean; // the page shows only a teaser; the rest is behind a subscription
}
