// The address relative links resolve against: the page's own <base href> (itself resolved against
// the page address), else the page address; '' when neither is a usable http(s) URL.
export function resolveBaseUrl(pageUrl: string | undefined, baseHref: string | null): string {
  const page = pageUrl !== undefined && URL.canParse(pageUrl) ? pageUrl : undefined;
  const href = baseHref?.trim();
  if (href && URL.canParse(href, page)) {
    const base = new URL(href, page);
    if (base.protocol === 'http:' || base.protocol === 'https:') return base.href;
  }
  return page ?? '';
}
