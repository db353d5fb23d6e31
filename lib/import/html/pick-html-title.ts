import { collapseWhitespace } from './collapse-whitespace';
import type { PageHead } from './light/read-page-head';
import { normaliseForComparison as normalise, stripSiteSuffix } from './strip-site-suffix';

import type { TitleSource } from '../import-result';

export type HtmlTitleSource = Extract<TitleSource, 'h1' | 'og:title' | 'title-tag' | 'breadcrumb' | 'disclaimer'>;

export interface HtmlTitle {
  title: string | null;
  titleSource: HtmlTitleSource | null;
}

const maxTitleLength = 120;

function isConsistent(heading: string, reference: string): boolean {
  const a = normalise(heading);
  const b = normalise(reference);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // Half the length at least, so a logo h1 such as 人民网 does not match 人民网评：…
  return shorter.length >= 2 && longer.includes(shorter) && shorter.length * 2 >= longer.length;
}

// An h1 wins when it agrees with og:title or <title> (portals also use h1 for their logo); a page
// with neither has only its h1 to go on.
export function pickHtmlTitle(head: PageHead, siteName: string | null): HtmlTitle {
  const ogTitle = stripSiteSuffix(collapseWhitespace(head.metaTags.get('og:title') ?? ''), siteName);
  const tagTitle = stripSiteSuffix(head.titleText, siteName);
  const reference = ogTitle || tagTitle;
  const headings = head.h1Texts.filter((text) => text !== '' && [...text].length <= maxTitleLength);
  const h1 = reference === '' ? headings[0] : headings.find((heading) => isConsistent(heading, reference));
  if (h1) return { title: h1, titleSource: 'h1' };
  if (ogTitle) return { title: ogTitle, titleSource: 'og:title' };
  if (tagTitle) return { title: tagTitle, titleSource: 'title-tag' };
  return { title: null, titleSource: null };
}
