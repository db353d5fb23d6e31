// File names and path segments of beacons and spacers (/pixel.gif, /b/beacon, /1x1.png, /tr?id=).
const TRACKER_FILE = /^(?:pixel|beacon|spacer|blank|transparent|clear|1x1|tr|track|tracking|count|counter)$/i;
const TRACKER_SEGMENT = /^(?:pixel|beacon|tracking)$/i;
const TRACKER_HOST = /(?:^|\.)(?:google-analytics\.com|doubleclick\.net|hm\.baidu\.com|cnzz\.com|scorecardresearch\.com|pixel\.wp\.com|facebook\.com)$/i;

function pixels(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return match ? Number(match[1]) : null;
}

function styleSize(style: string, property: 'width' | 'height'): number | null {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return pixels(match?.[1]);
}

function hasTrackerAddress(src: string): boolean {
  if (!URL.canParse(src)) return false;
  const url = new URL(src);
  if (TRACKER_HOST.test(url.hostname)) return true;
  const segments = url.pathname.split('/').filter(Boolean);
  const fileName = (segments.at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
  return TRACKER_FILE.test(fileName) || segments.slice(0, -1).some((segment) => TRACKER_SEGMENT.test(segment));
}

/** True for 1×1 tracking pixels, spacers and beacons that web pages and newsletters carry. */
export function isTrackingImage(image: Element, src: string): boolean {
  const style = image.getAttribute('style') ?? '';
  const sizes = [pixels(image.getAttribute('width')), pixels(image.getAttribute('height')), styleSize(style, 'width'), styleSize(style, 'height')];
  return sizes.some((size) => size !== null && size <= 2) || hasTrackerAddress(src);
}
