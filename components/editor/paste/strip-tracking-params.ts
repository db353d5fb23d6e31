const TRACKING_PARAM = /^(?:utm_.+|spm|fbclid|gclid)$/i;

/** An http(s) link without its campaign and click-tracking query parameters (utm_*, spm, fbclid, gclid). */
export function stripTrackingParams(href: string): string {
  if (!URL.canParse(href)) return href;
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return href;
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING_PARAM.test(key));
  if (tracking.length === 0) return href;
  for (const key of tracking) url.searchParams.delete(key);
  return url.href.replace(/\?(?=#|$)/, '');
}
