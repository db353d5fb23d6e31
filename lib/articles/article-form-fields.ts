import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';

/**
 * Everything an editor edits about an article, as the editor form holds it and the save action
 * receives it (flat, beside id/baseVersion/intent). Strings are '' when empty.
 */
export interface ArticleFormFields {
  title: string;
  /** '' while the slug follows the title (until it is edited or the article is published). */
  slug: string;
  excerpt: string;
  /** True: the excerpt is taken from the body's lead on every save and `excerpt` is ignored. */
  excerptAuto: boolean;
  sourceName: string;
  sourceUrl: string;
  byline: string;
  datelinePlace: string;
  /** '' or YYYY-MM-DD. */
  originalPublishedAt: string;
  /** Tag names separated by commas; the first is the primary topic. */
  tags: string;
  seoTitle: string;
  seoDescription: string;
  needsReview: boolean;
  script: 'HANS' | 'HANT';
  body: TiptapDoc;
}
