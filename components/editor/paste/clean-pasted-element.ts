import { normaliseImageSrc } from '@/lib/rich-text/normalise-image-src';
import { normaliseLinkHref } from '@/lib/rich-text/normalise-link-href';
import { isTrackingImage } from './is-tracking-image';
import { stripTrackingParams } from './strip-tracking-params';

const DROPPED_TAGS = new Set([
  'script', 'style', 'meta', 'link', 'title', 'base', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed',
  'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'area', 'form', 'input', 'button',
  'select', 'option', 'textarea', 'label', 'nav', 'aside', 'dialog',
]);
const UNWRAPPED_TAGS = new Set(['span', 'font', 'small', 'big', 'abbr', 'cite', 'time', 'mark', 'ins', 'sub', 'sup', 'center']);
// Share bars, ads and "related" boxes, recognised by a whole word of their class or id.
const JUNK_NAME = /(?:^|[\s_-])(?:share|sharing|social|ad|ads|advert|advertisement|sponsor|sponsored|newsletter|subscribe|related|recommend|comments?)(?:[\s_-]|$)/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)/i;
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href'], img: ['src', 'alt'], ol: ['start'] };
const LAZY_SOURCES = ['data-src', 'data-original', 'data-lazy-src'];

function style(element: Element): string {
  return element.getAttribute('style') ?? '';
}

function declares(element: Element, property: string, value: RegExp): boolean {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style(element));
  return match?.[1] !== undefined && value.test(match[1].trim());
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...element.childNodes);
  for (const attribute of [...element.attributes]) renamed.setAttribute(attribute.name, attribute.value);
  element.replaceWith(renamed);
  return renamed;
}

// Word, Google Docs and pages copied from a browser carry bold, italics and strike-through as styles.
function wrapStyledText(element: Element): void {
  const wrappers = [
    declares(element, 'font-weight', /^(?:bold|bolder|[6-9]00)$/i) && !['b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'].includes(element.localName) ? 'strong' : null,
    declares(element, 'font-style', /^italic$/i) && !['i', 'em'].includes(element.localName) ? 'em' : null,
    declares(element, 'text-decoration(?:-line)?', /line-through/i) && !['s', 'del', 'strike'].includes(element.localName) ? 's' : null,
  ];
  for (const tag of wrappers) {
    if (!tag) continue;
    const wrapper = element.ownerDocument.createElement(tag);
    wrapper.append(...element.childNodes);
    element.append(wrapper);
  }
}

function cleanImage(image: Element): boolean {
  let src = normaliseImageSrc(image.getAttribute('src') ?? '');
  for (const name of LAZY_SOURCES) src ??= normaliseImageSrc(image.getAttribute(name) ?? '');
  if (src === null || isTrackingImage(image, src)) return false;
  image.setAttribute('src', src);
  return true;
}

function cleanLink(link: Element): boolean {
  const href = normaliseLinkHref(link.getAttribute('href') ?? '');
  if (href === null) return false;
  link.setAttribute('href', stripTrackingParams(href));
  return true;
}

/**
 * Cleans one element whose children are already clean: drops it, unwraps it, or keeps it with
 * only the attributes the body can hold (ProseMirror's slice marker included).
 */
export function cleanPastedElement(element: Element): void {
  const tag = element.localName;
  if (tag.includes(':') || DROPPED_TAGS.has(tag) || HIDDEN_STYLE.test(style(element))) return element.remove();
  if (JUNK_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) return element.remove();
  if (tag === 'img' && !cleanImage(element)) return element.remove();
  if (tag === 'a' && !cleanLink(element)) return unwrap(element);
  // Google Docs wraps a whole copy in <b style="font-weight:normal">.
  if (['b', 'strong'].includes(tag) && declares(element, 'font-weight', /^(?:normal|lighter|[1-4]00)$/i)) return unwrap(element);
  wrapStyledText(element);
  if (UNWRAPPED_TAGS.has(tag)) return unwrap(element);
  const kept = element.localName === 'h1' ? rename(element, 'h2') : /^h[4-6]$/.test(tag) ? rename(element, 'h3') : element;
  const allowed = KEPT_ATTRIBUTES[kept.localName] ?? [];
  for (const { name } of [...kept.attributes]) {
    if (!allowed.includes(name) && name !== 'data-pm-slice') kept.removeAttribute(name);
  }
}
