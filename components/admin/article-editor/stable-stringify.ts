/**
 * JSON with object keys sorted and null, undefined and empty-object properties left out, so that
 * two copies of the same form state compare equal whichever side (editor, server, local storage)
 * produced them.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => [key, normalise(item)] as const)
    .filter(([, item]) => item !== null && item !== undefined && !isEmptyObject(item))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
