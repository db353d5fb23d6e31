import { collapseWhitespace } from './collapse-whitespace';
import type { HtmlImage } from './html-article';
import { collectPageLines } from './light/collect-page-lines';
import { closestElement, descendantElements, getAttribute, type LightElement } from './light/light-node';
import { toSafeUrl } from './to-safe-url';

const lazySourceAttributes = ['data-original', 'data-src', 'data-lazy-src', 'src'];
const captionClass = /caption|pic-?title|img-?title|pic-?txt|img-?desc/iu;
const captionText = /^(?:[图圖]为|[图圖][:：]|[(（][图圖])/u;
const maxCaptionLength = 120;
// More than this is a gallery or an image dump, not an article's illustrations.
const maxImages = 100;
const figure = new Set(['figure']);
const imageHolders = new Set(['p', 'div', 'center', 'td']);

export interface CollectedImages {
  images: HtmlImage[];
  imageElements: LightElement[]; // the <img> behind each image, in the same order
  captionElements: Set<LightElement>;
}

const textOf = (element: LightElement) => collapseWhitespace(collectPageLines(element).join(' '));

function readSource(image: LightElement, baseUrl: string): string | null {
  for (const attribute of lazySourceAttributes) {
    const src = toSafeUrl(getAttribute(image, attribute), baseUrl);
    if (src) return src;
  }
  return null;
}

function nextElementSibling(element: LightElement): LightElement | null {
  const siblings = element.parent?.children ?? [];
  for (let index = siblings.indexOf(element) + 1; index < siblings.length; index += 1) {
    const sibling = siblings[index];
    if (sibling?.kind === 'element') return sibling;
  }
  return null;
}

// A figcaption, or the short paragraph right after the image's own paragraph that reads like a
// caption (图为…, or a caption class), as mainland CMSs lay them out.
function findCaptionElement(image: LightElement): LightElement | null {
  const holderFigure = closestElement(image, figure);
  if (holderFigure) {
    for (const element of descendantElements(holderFigure)) if (element.name === 'figcaption') return element;
  }
  const holder = closestElement(image, imageHolders) ?? image;
  const next = nextElementSibling(holder);
  if (!next) return null;
  const text = textOf(next);
  const isShort = text !== '' && [...text].length <= maxCaptionLength;
  return isShort && (captionClass.test(getAttribute(next, 'class') ?? '') || captionText.test(text)) ? next : null;
}

// Images of the article, and the caption elements they consumed (so the caption is not also a
// paragraph). Only http and https sources are kept; their place is left for the caller to find.
export function collectHtmlImages(root: LightElement, baseUrl: string): CollectedImages {
  const images: HtmlImage[] = [];
  const imageElements: LightElement[] = [];
  const captionElements = new Set<LightElement>();
  const seen = new Set<string>();
  for (const image of descendantElements(root)) {
    if (images.length >= maxImages) break;
    if (image.name !== 'img') continue;
    const src = readSource(image, baseUrl);
    if (!src || seen.has(src)) continue;
    seen.add(src);
    const captionElement = findCaptionElement(image);
    if (captionElement) captionElements.add(captionElement);
    const caption = captionElement ? textOf(captionElement) : '';
    images.push({ src, alt: collapseWhitespace(getAttribute(image, 'alt') ?? ''), caption: caption || null, afterBlock: null });
    imageElements.push(image);
  }
  return { images, imageElements, captionElements };
}
