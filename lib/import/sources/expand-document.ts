// One file's bytes become what gets imported: itself, or, for a feed or a JSON export, one small
// HTML page per article it holds.
import { decodeBytes } from '../decode-bytes';
import { ImportError } from '../import-error';
import { buildArticleHtml } from './build-article-html';
import type { FeedArticles } from './feed-article';
import { parseJsonArticles } from './parse-json-articles';
import { FeedSyntaxError, parseXmlFeed } from './parse-xml-feed';
import { findXmlDeclaredEncoding, sniffDocumentKind } from './sniff-document-kind';
import type { UploadEntry, UploadLimits } from './upload-entry';

const maxTitleInName = 40;
const encoder = new TextEncoder();

function readJsonArticles(bytes: Uint8Array, name: string): FeedArticles | null {
  try {
    return parseJsonArticles(JSON.parse(decodeBytes(bytes, name).text));
  } catch (error) {
    // Not JSON after all (a text dump may start with "["): the file is imported as itself.
    if (error instanceof SyntaxError || error instanceof ImportError) return null;
    throw error;
  }
}

function readXmlArticles(bytes: Uint8Array, name: string): FeedArticles | { error: string } {
  try {
    return parseXmlFeed(decodeBytes(bytes, name, { declared: findXmlDeclaredEncoding(bytes) }).text);
  } catch (error) {
    if (error instanceof ImportError) return { error: error.message };
    if (error instanceof FeedSyntaxError) return { error: `This feed is not well-formed XML (${error.message}), so its articles cannot be read.` };
    throw error;
  }
}

function articleName(feedName: string, position: number, title: string | null): string {
  const short = title?.replace(/\s+/gu, ' ').trim();
  if (!short) return `${feedName} › ${position}`;
  return `${feedName} › ${position} · ${short.length > maxTitleInName ? `${short.slice(0, maxTitleInName)}…` : short}`;
}

export function* expandDocument(name: string, bytes: Uint8Array, limits: UploadLimits): Generator<UploadEntry> {
  const kind = sniffDocumentKind(bytes);
  const feed = kind === 'json' ? readJsonArticles(bytes, name) : kind === 'xml-feed' ? readXmlArticles(bytes, name) : null;
  if (feed === null) {
    yield { name, bytes };
    return;
  }
  if ('error' in feed) {
    yield { name, error: feed.error };
    return;
  }
  if (feed.articles.length === 0) {
    yield { name, error: 'This feed holds no articles.' };
    return;
  }
  for (const [index, article] of feed.articles.entries()) {
    if (index === limits.maxEntries) {
      yield { name, error: `This feed holds more than ${limits.maxEntries} articles; only the first ${limits.maxEntries} were read.` };
      return;
    }
    const entryName = articleName(name, index + 1, article.title);
    if (article.html === null || article.html.trim() === '') {
      yield { name: entryName, error: 'This article has no text in the feed (the feed only links to it).' };
    } else {
      yield { name: entryName, bytes: encoder.encode(buildArticleHtml(article, feed.siteName)) };
    }
  }
}
