const maxFileNameLength = 255;

export type ParsedFileName = { ok: true; name: string } | { ok: false; error: string };

/** The `x-file-name` header: the file's name, URI-encoded by the browser (names may be Chinese). */
export function parseFileNameHeader(value: string | null): ParsedFileName {
  if (value === null) return { ok: false, error: 'The upload has no file name (x-file-name header).' };
  let name: string;
  try {
    name = decodeURIComponent(value).trim();
  } catch {
    return { ok: false, error: 'The file name is not validly encoded.' };
  }
  if (name === '') return { ok: false, error: 'The file name is empty.' };
  if (Array.from(name).length > maxFileNameLength) return { ok: false, error: `The file name is longer than ${maxFileNameLength} characters.` };
  if (/\p{Cc}/u.test(name)) return { ok: false, error: 'The file name contains control characters.' };
  return { ok: true, name };
}
