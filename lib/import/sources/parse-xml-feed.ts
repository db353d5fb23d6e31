// Reads the articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. jsdom's XML mode is a strict
// parser that never fetches a DTD or expands external entities, so a hostile feed stays inert.
import { JSDOM, VirtualConsole } from 'jsdom';
import { textToParagraphs, toHtmlBody } from './build-article-html';
import type { FeedArticle, FeedArticles } from './feed-article';
import { toIsoDate } from './to-iso-date';

const rssNamespaces = [null, 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const atomNamespaces = [null, 'http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
const contentNamespace = 'http://purl.org/rss/1.0/modules/content/';
const dcNamespace = 'http://purl.org/dc/elements/1.1/';

export class FeedSyntaxError extends Error {}

function child(parent: Element, localName: string, namespaces: readonly (string | null)[]): Element | null {
  for (const element of parent.children) {
    if (element.localName === localName && namespaces.includes(element.namespaceURI)) return element;
  }
  return null;
}

function text(element: Element | null): string | null {
  const value = element?.textContent?.trim();
  return value ? value : null;
}

// RSS <author> is "editor@example.com (Name)"; the name is what a byline wants.
function rssAuthor(item: Element): string | null {
  const creator = text(child(item, 'creator', [dcNamespace]));
  if (creator) return creator;
  const author = text(child(item, 'author', rssNamespaces));
  return author?.match(/\(([^)]+)\)\s*$/u)?.[1]?.trim() ?? author;
}

function readRssItem(item: Element): FeedArticle {
  const guid = child(item, 'guid', rssNamespaces);
  const guidUrl = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : null;
  const content = text(child(item, 'encoded', [contentNamespace])) ?? text(child(item, 'description', rssNamespaces));
  return {
    title: text(child(item, 'title', rssNamespaces)),
    url: text(child(item, 'link', rssNamespaces)) ?? guidUrl,
    publishedAt: toIsoDate(text(child(item, 'pubDate', rssNamespaces)) ?? text(child(item, 'date', [dcNamespace]))),
    author: rssAuthor(item),
    source: text(child(item, 'source', rssNamespaces)),
    html: content ? toHtmlBody(content) : null,
  };
}

// Atom text constructs: type="html" holds escaped HTML, "xhtml" a <div> of markup, "text" plain text.
function atomHtml(element: Element | null): string | null {
  if (!element || element.hasAttribute('src')) return null;
  const type = element.getAttribute('type')?.toLowerCase() ?? 'text';
  if (type === 'xhtml') return element.firstElementChild?.innerHTML.trim() || text(element);
  const value = text(element);
  if (!value) return null;
  return type === 'html' || type === 'text/html' ? value : textToParagraphs(value);
}

function atomTitle(element: Element | null): string | null {
  const html = atomHtml(element);
  if (html === null) return null;
  return text(JSDOM.fragment(`<div>${html}</div>`).firstElementChild);
}

function readAtomEntry(entry: Element): FeedArticle {
  const links = [...entry.children].filter((element) => element.localName === 'link');
  const link = links.find((element) => (element.getAttribute('rel') ?? 'alternate') === 'alternate') ?? null;
  const author = child(entry, 'author', atomNamespaces);
  return {
    title: atomTitle(child(entry, 'title', atomNamespaces)),
    url: link?.getAttribute('href')?.trim() || null,
    publishedAt: text(child(entry, 'published', atomNamespaces)) ?? text(child(entry, 'updated', atomNamespaces)),
    author: author ? text(child(author, 'name', atomNamespaces)) : null,
    source: null,
    html: atomHtml(child(entry, 'content', atomNamespaces)) ?? atomHtml(child(entry, 'summary', atomNamespaces)),
  };
}

function parseXml(xml: string): Document {
  try {
    return new JSDOM(xml, { contentType: 'application/xml', virtualConsole: new VirtualConsole() }).window.document;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // saxes reports "<url>:<line>:<column>: <what>."
    const located = /:(\d+):(\d+): (.*?)\.?$/su.exec(message);
    throw new FeedSyntaxError(located ? `line ${located[1]}, column ${located[2]}: ${located[3]}` : message);
  }
}

export function parseXmlFeed(xml: string): FeedArticles {
  const root = parseXml(xml).documentElement;
  if (root.localName === 'feed') {
    return {
      siteName: atomTitle(child(root, 'title', atomNamespaces)),
      articles: [...root.children].filter((element) => element.localName === 'entry').map(readAtomEntry),
    };
  }
  const channel = child(root, 'channel', rssNamespaces);
  return {
    siteName: channel ? text(child(channel, 'title', rssNamespaces)) : null,
    articles: [...root.getElementsByTagNameNS('*', 'item')].filter((item) => rssNamespaces.includes(item.namespaceURI)).map(readRssItem),
  };
}
