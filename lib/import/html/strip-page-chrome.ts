// Removes what is never article text, before any extractor looks at the page: executable and
// embedded content, forms, navigation, sidebars, footers, hidden elements and widgets recognised
// by a word of their class or id (share buttons, breadcrumbs, print tools, related lists, ads).
const neverContent = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'button', 'input', 'select', 'textarea', 'svg', 'canvas', 'video', 'audio', 'link', 'meta',
  'nav', 'aside', 'footer', 'menu', 'dialog',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="contentinfo"]', '[role="banner"]',
].join(',');

const widgetWords = new Set(
  ('share social comment comments related recommend breadcrumb breadcrumbs crumb crumbs position location ' +
    'nav navbar menu topbar header footer foot sidebar toolbar tools print fontsize ad ads advert banner ' +
    'copyright login search qrcode ewm paging pager').split(' '),
);
const shareWidgetPrefix = /^(?:bdshare|bshare|jiathis|share)/iu;
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

function hasWidgetName(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.split(/\s+/u).filter(Boolean);
  if (names.some((name) => shareWidgetPrefix.test(name))) return true;
  const words = names.flatMap((name) => name.split(/[_-]+|(?<=[a-z])(?=[A-Z])/u));
  return words.some((word) => widgetWords.has(word.toLowerCase().replace(/\d+$/u, '')));
}

function isChrome(element: Element): boolean {
  if (hiddenStyle.test(element.getAttribute('style') ?? '')) return true;
  if (element.localName === 'header') return element.closest('article, main') === null;
  // A wrapper holding the headline is layout, whatever its name says.
  return hasWidgetName(element) && element.querySelector('h1') === null;
}

function removeChrome(element: Element): void {
  for (const child of [...element.children]) {
    if (isChrome(child)) child.remove();
    else removeChrome(child);
  }
}

export function stripPageChrome(document: Document): void {
  const body = document.body;
  for (const element of body.querySelectorAll(neverContent)) element.remove();
  removeChrome(body);
}
