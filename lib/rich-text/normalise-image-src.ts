import { normaliseLinkHref } from './normalise-link-href';

// Files the app serves itself. Kept to plain path characters so nothing can climb out of
// /uploads/ (no `..`, no backslashes, no `%2e%2e`, which URL parsers also read as `..`).
const UPLOAD_PATH = /^\/uploads\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * Returns the canonical image source if it is a path under /uploads/ or an absolute https URL,
 * otherwise null (javascript:, data:, protocol-relative and other relative URLs included). An
 * http source is upgraded to https, as browsers do to images on an https page, so bodies imported
 * or saved before this rule still show their pictures. Used both to validate stored bodies and,
 * again, when rendering them.
 */
export function normaliseImageSrc(raw: string): string | null {
  if (UPLOAD_PATH.test(raw)) return raw;
  const href = normaliseLinkHref(raw);
  if (href === null || href.startsWith('mailto:')) return null;
  if (!href.startsWith('http:')) return href;
  const url = new URL(href);
  url.protocol = 'https:';
  return url.href;
}
