// Removes what is never article text, before any extractor looks at the page: executable and
// embedded content, forms, navigation, sidebars, footers, hidden elements and widgets recognised
// by a word of their class or id (share buttons, breadcrumbs, print tools, related lists, ads).
// Returns what it removed that a reader could see, for the import report.
import type { HtmlRemoval } from './html-article';
import { closestElement, descendantElements, getAttribute, type LightDocument, type LightElement } from './light/light-node';
import { removeChildren } from './light/remove-children';
import { summariseText } from './light/visible-text';

const neverContent = new Set(
  ('script style noscript template iframe frame frameset object embed applet form button input select textarea svg ' +
    'canvas video audio link meta nav aside footer menu dialog').split(' '),
);
const chromeRoles = new Set(['navigation', 'contentinfo', 'banner']);
const widgetWords = new Set(
  ('share social comment comments related recommend breadcrumb breadcrumbs crumb crumbs position location ' +
    'nav navbar menu topbar header footer foot sidebar toolbar tools print fontsize ad ads advert banner ' +
    'copyright login search qrcode ewm paging pager').split(' '),
);
const articleOrMain = new Set(['article', 'main']);
const shareWidgetPrefix = /^(?:bdshare|bshare|jiathis|share)/iu;
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

function isNeverContent(element: LightElement): boolean {
  return (
    neverContent.has(element.name) ||
    element.attributes.has('hidden') ||
    getAttribute(element, 'aria-hidden') === 'true' ||
    chromeRoles.has(getAttribute(element, 'role') ?? '')
  );
}

function hasWidgetName(element: LightElement): boolean {
  const names = `${getAttribute(element, 'class') ?? ''} ${getAttribute(element, 'id') ?? ''}`.split(/\s+/u).filter(Boolean);
  if (names.some((name) => shareWidgetPrefix.test(name))) return true;
  const words = names.flatMap((name) => name.split(/[_-]+|(?<=[a-z])(?=[A-Z])/u));
  return words.some((word) => widgetWords.has(word.toLowerCase().replace(/\d+$/u, '')));
}

function holdsHeadline(element: LightElement): boolean {
  for (const descendant of descendantElements(element)) if (descendant.name === 'h1') return true;
  return false;
}

function isChrome(element: LightElement): boolean {
  if (hiddenStyle.test(getAttribute(element, 'style') ?? '')) return true;
  if (element.name === 'header') return element.parent === null || closestElement(element.parent, articleOrMain) === null;
  // A wrapper holding the headline is layout, whatever its name says.
  return hasWidgetName(element) && !holdsHeadline(element);
}

export function stripPageChrome(document: LightDocument): HtmlRemoval[] {
  const removed: LightElement[] = [];
  const stack: LightElement[] = [];
  const pushChildren = (element: LightElement) => {
    for (let index = element.children.length - 1; index >= 0; index -= 1) {
      const child = element.children[index];
      if (child?.kind === 'element') stack.push(child);
    }
  };
  pushChildren(document.body);
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (isNeverContent(element) || isChrome(element)) removed.push(element);
    else pushChildren(element);
  }
  const removals = removed.flatMap((element): HtmlRemoval[] => {
    const text = summariseText(element);
    return text === '' ? [] : [{ text, rule: 'page-chrome' }];
  });
  removeChildren(removed);
  return removals;
}
