import { collapseWhitespace } from '../collapse-whitespace';
import { descendantElements, getAttribute, type LightDocument, textContent } from './light-node';

// What the importer reads from a page besides its article text, gathered in one walk before
// anything is removed: <meta> contents keyed by property, name or itemprop (lower-cased, since
// Chinese government CMSs write PubDate, SiteName; the first of a key wins), <title>, the h1s,
// canonical link, <base> and the first <time datetime>.
export interface PageHead {
  metaTags: ReadonlyMap<string, string>;
  titleText: string;
  h1Texts: string[];
  canonicalHref: string | null;
  baseHref: string | null;
  timeDatetime: string | null;
}

export function readPageHead(document: LightDocument): PageHead {
  const metaTags = new Map<string, string>();
  let titleText: string | null = null;
  const h1Texts: string[] = [];
  let canonicalHref: string | null = null;
  let baseHref: string | null = null;
  let timeDatetime: string | null = null;
  for (const element of descendantElements(document.html)) {
    switch (element.name) {
      case 'meta': {
        const key = (getAttribute(element, 'property') ?? getAttribute(element, 'name') ?? getAttribute(element, 'itemprop'))?.trim().toLowerCase();
        const content = getAttribute(element, 'content')?.trim();
        if (key && content && !metaTags.has(key)) metaTags.set(key, content);
        break;
      }
      case 'title':
        titleText ??= collapseWhitespace(textContent(element));
        break;
      case 'h1':
        h1Texts.push(collapseWhitespace(textContent(element)));
        break;
      case 'link':
        if (canonicalHref === null && /(?:^|\s)canonical(?:\s|$)/iu.test(getAttribute(element, 'rel') ?? '')) canonicalHref = getAttribute(element, 'href');
        break;
      case 'base':
        baseHref ??= getAttribute(element, 'href');
        break;
      case 'time':
        timeDatetime ??= getAttribute(element, 'datetime')?.trim() || null;
        break;
    }
  }
  return { metaTags, titleText: titleText ?? '', h1Texts, canonicalHref, baseHref, timeDatetime };
}
