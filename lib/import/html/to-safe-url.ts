// Resolves a link or image address against the page and keeps it only if it is http or https:
// javascript:, data:, mailto: and unresolvable relative addresses all give null.
export function toSafeUrl(raw: string | null, baseUrl: string): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  const base = URL.canParse(baseUrl) ? baseUrl : undefined;
  if (!URL.canParse(trimmed, base)) return null;
  const url = new URL(trimmed, base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
