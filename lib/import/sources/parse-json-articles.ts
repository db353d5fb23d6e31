// Recognises JSON that holds articles: a JSON Feed (jsonfeed.org), or an export that is an array
// of objects with a title and a body (bare, or under "articles", "items", "posts" or "data").
// Anything else is not an article list, and null sends the file down the single-file path.
import { textToParagraphs, toHtmlBody } from './build-article-html';
import type { FeedArticle, FeedArticles } from './feed-article';

type JsonObject = Record<string, unknown>;

const bodyKeys = ['content_html', 'html', 'content', 'body', 'content_text', 'text'] as const;
const listKeys = ['articles', 'items', 'posts', 'data'] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickString(object: JsonObject, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function pickAuthor(object: JsonObject): string | null {
  const direct = pickString(object, ['author', 'byline']);
  if (direct) return direct;
  const author = isObject(object.author) ? object.author : Array.isArray(object.authors) ? object.authors.find(isObject) : undefined;
  return author ? pickString(author, ['name']) : null;
}

function pickBody(object: JsonObject): string | null {
  for (const key of bodyKeys) {
    const value = object[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    // JSON Feed's content_text is plain by definition, even when it mentions <tags>.
    return key === 'content_text' ? textToParagraphs(value) : toHtmlBody(value);
  }
  return null;
}

function readArticle(value: unknown): FeedArticle {
  const object = isObject(value) ? value : {};
  return {
    title: pickString(object, ['title', 'headline']),
    url: pickString(object, ['url', 'link', 'source_url', 'canonical_url', 'external_url']),
    publishedAt: pickString(object, ['date_published', 'published_at', 'publishedAt', 'published', 'pubDate', 'date']),
    author: pickAuthor(object),
    source: pickString(object, ['source', 'source_name', 'sourceName']),
    html: pickBody(object),
  };
}

function isArticleLike(value: unknown): boolean {
  return isObject(value) && typeof value.title === 'string' && bodyKeys.some((key) => typeof value[key] === 'string');
}

function findArticleList(json: unknown): unknown[] | null {
  const candidates = Array.isArray(json) ? [json] : isObject(json) ? listKeys.map((key) => json[key]) : [];
  for (const list of candidates) {
    if (Array.isArray(list) && list.length > 0 && list.every(isObject) && list.some(isArticleLike)) return list;
  }
  return null;
}

export function parseJsonArticles(json: unknown): FeedArticles | null {
  if (isObject(json) && typeof json.version === 'string' && json.version.startsWith('https://jsonfeed.org/version/')) {
    const items = Array.isArray(json.items) ? json.items : [];
    return { siteName: pickString(json, ['title']), articles: items.map(readArticle) };
  }
  const list = findArticleList(json);
  if (!list) return null;
  return { siteName: isObject(json) ? pickString(json, ['title', 'source', 'site']) : null, articles: list.map(readArticle) };
}
