const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// Same set DOMPurify strips around URLs; browsers ignore these when resolving a scheme.
const EDGE_WHITESPACE = /^[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000\uFEFF]+|[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000\uFEFF]+$/g;

/**
 * Returns the canonical absolute href if it is an http, https or mailto URL, otherwise null.
 * Parsing with the WHATWG URL parser (as browsers do) defeats tricks such as `java\tscript:`
 * or `JAVASCRIPT:`; relative URLs are rejected because article bodies are rendered on many paths.
 */
export function normaliseLinkHref(raw: string): string | null {
  const trimmed = raw.replace(EDGE_WHITESPACE, '');
  if (trimmed === '' || !URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:' ? url.pathname === '' : url.hostname === '') return null;
  return url.href;
}
