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
  | 'footer';

export interface RemovedLine {
  line: string;
  rule: BoilerplateRule;
}

export interface ImportReport {
  encoding: string;
  // Why that encoding was chosen (byte order mark, valid UTF-8, GB18030 vs Big5 evidence).
  encodingReason: string;
  pinyinStripped: number;
  // Garbled GBK spans that were repaired, with offsets into the decoded text after pinyin stripping.
  repairs: MojibakeRepair[];
  removedLines: RemovedLine[];
  warnings: string[];
  needsReview: boolean;
}

export interface ImportResult {
  article: ImportedArticle;
  report: ImportReport;
}
