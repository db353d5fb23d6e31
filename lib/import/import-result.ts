import type { TiptapDoc } from '../rich-text/tiptap-doc';
import type { Script } from '../text/detect-script';
import type { MojibakeRepair } from './repair-mojibake';

export interface ImportedArticle {
  title: string;
  titleIsProposed: boolean;
  excerpt: string;
  body: TiptapDoc;
  bodyText: string;
  sourceName: string | null;
  sourceUrl: string | null;
  byline: string | null;
  datelinePlace: string | null;
  originalPublishedAt: string | null;
  script: Script;
}

// The rule that removed a line: the shared line rules (boilerplate-line-rules.ts, for text dumps
// and pages alike), 'title' for a line repeating the title, and 'page-chrome' for what an HTML
// page loses before any line rule runs (navigation, share widgets, forms, hidden text, link lists,
// and page text outside the article).
export type BoilerplateRule =
  | 'breadcrumb'
  | 'title'
  | 'seo-spam'
  | 'fake-tags'
  | 'source-line'
  | 'editor-credit'
  | 'disclaimer'
  | 'related-list'
  | 'dated-item'
  | 'separator'
  | 'footer'
  | 'paywall'
  | 'page-tools'
  | 'page-info'
  | 'epaper-nav'
  | 'byline'
  | 'page-chrome';

// Where the title came from: a text dump's breadcrumb tail, the 《title》 its disclaimer quotes or
// its first title-shaped line; a page's h1, og:title or <title> (site name removed); else proposed
// from the lead, else the file name (both flagged as proposed).
export type TitleSource = 'breadcrumb' | 'disclaimer' | 'title-line' | 'h1' | 'og:title' | 'title-tag' | 'lead' | 'file-name';

export interface RemovedLine {
  line: string;
  rule: BoilerplateRule;
}

export interface ImportReport {
  // Which pipeline read the file: a plain-text dump or a saved HTML page.
  kind: 'text' | 'html';
  titleSource?: TitleSource; // always set by importFile; optional for reports stored before it existed
  encoding: string;
  // Why that encoding was chosen (byte order mark, valid UTF-8, GB18030 vs Big5 evidence).
  encodingReason: string;
  pinyinStripped: number;
  // Garbled spans that were repaired (see MojibakeRepair.kind). Offsets: for a text dump, into the
  // decoded text (UTF-8-read-as-GBK repairs) or that text after UTF-8 repair and pinyin stripping
  // (misalignment repairs); for an HTML page, into `original` where `before` occurs there.
  repairs: MojibakeRepair[];
  // Every removal. For an HTML page, what went outside the article comes first: stripped chrome
  // and link lists (one entry per element, its text on one line cut at 80 characters), then page
  // lines left out of the article (named by the line rule that fits, else 'page-chrome'); then
  // the article lines the line rules removed.
  removedLines: RemovedLine[];
  // Tag terms the page itself lists (fake tag lines, <meta name="keywords">): untrusted, so tag
  // suggestion keeps one only if it occurs in the body.
  pageTags: string[];
  warnings: string[];
  needsReview: boolean;
  // True when title, excerpt, body and metadata were converted to Simplified on import (OpenCC t2cn,
  // phrase level); `original` stays as the page had it.
  convertedToSimplified?: boolean;
}

export interface ImportResult {
  article: ImportedArticle;
  report: ImportReport;
  // The decoded source as an editor would read it, for the side-by-side view: a text dump's
  // decoded text; for an HTML page, its visible text one block per line, before any removal.
  original: string;
}
