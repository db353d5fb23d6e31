// An address that points to one article, not to a site's home or index page (CMSs often put the
// home page in <link rel="canonical">).
const indexPage = /^\/(?:(?:index|default|home|main)\.[a-z]{2,5})?$/iu;

export function isArticleUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, pathname, search } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  return search.length > 1 || !indexPage.test(pathname);
}
