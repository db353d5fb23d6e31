// The page's <meta> contents keyed by property, name or itemprop, lower-cased (Chinese government
// CMSs write PubDate, SiteName); the first of a key wins. One pass, as jsdom selectors are slow.
export function readMetaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}
