import { collapseWhitespace } from './collapse-whitespace';
import type { HtmlImage } from './html-article';
import { toSafeUrl } from './to-safe-url';

const lazySourceAttributes = ['data-original', 'data-src', 'data-lazy-src', 'src'];
const captionClass = /caption|pic-?title|img-?title|pic-?txt|img-?desc/iu;
const captionText = /^(?:[图圖]为|[图圖][:：]|[(（][图圖])/u;
const maxCaptionLength = 120;

function readSource(image: Element, baseUrl: string): string | null {
  for (const attribute of lazySourceAttributes) {
    const src = toSafeUrl(image.getAttribute(attribute), baseUrl);
    if (src) return src;
  }
  return null;
}

// A figcaption, or the short paragraph right after the image's own paragraph that reads like a
// caption (图为…, or a caption class), as mainland CMSs lay them out.
function findCaptionElement(image: Element): Element | null {
  const figcaption = image.closest('figure')?.querySelector('figcaption');
  if (figcaption) return figcaption;
  const holder = image.closest('p, div, center, td') ?? image;
  const next = holder.nextElementSibling;
  if (!next) return null;
  const text = collapseWhitespace(next.textContent ?? '');
  const isShort = text !== '' && [...text].length <= maxCaptionLength;
  return isShort && (captionClass.test(next.getAttribute('class') ?? '') || captionText.test(text)) ? next : null;
}

export interface CollectedImages {
  images: HtmlImage[];
  imageElements: Element[]; // the <img> behind each image, in the same order
  captionElements: Set<Element>;
}

// Images of the article, and the caption elements they consumed (so the caption is not also a
// paragraph). Only http and https sources are kept; their place is left for the caller to find.
export function collectHtmlImages(root: Element): CollectedImages {
  const images: HtmlImage[] = [];
  const imageElements: Element[] = [];
  const captionElements = new Set<Element>();
  const seen = new Set<string>();
  for (const image of root.querySelectorAll('img')) {
    const src = readSource(image, root.ownerDocument.baseURI);
    if (!src || seen.has(src)) continue;
    seen.add(src);
    const captionElement = findCaptionElement(image);
    if (captionElement) captionElements.add(captionElement);
    const caption = captionElement ? collapseWhitespace(captionElement.textContent ?? '') : '';
    images.push({ src, alt: collapseWhitespace(image.getAttribute('alt') ?? ''), caption: caption || null, afterBlock: null });
    imageElements.push(image);
  }
  return { images, imageElements, captionElements };
}
