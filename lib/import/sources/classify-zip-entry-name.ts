// Decides what to do with a zip member from its name alone. Nothing is ever written to disk, but
// a name that climbs out of the archive is a sign of a hostile zip and is reported, not used.
export type ZipEntryName =
  | { kind: 'file'; path: string }
  | { kind: 'skip' }
  | { kind: 'unsafe'; reason: string };

const junkFiles = new Set(['thumbs.db', 'desktop.ini']);
// A browser's "save page, complete" puts a page's images, scripts and styles in "<page>_files/".
const savedPageAssets = /\.(?:css|js|mjs|map|json|woff2?|ttf|otf|eot|ico|png|jpe?g|gif|webp|avif|bmp|svg|swf|mp3|mp4|webm)$/iu;
const savedPageFolder = /(?:_files|\.files)$/iu;

function unsafeReason(path: string): string | null {
  if (/[\u0000-\u001f\u007f]/u.test(path)) return 'contains control characters';
  if (path.startsWith('/')) return 'is an absolute path';
  if (/^[a-z]:/iu.test(path)) return 'names a drive';
  if (path.split('/').includes('..')) return 'points outside the archive';
  return null;
}

export function classifyZipEntryName(name: string): ZipEntryName {
  const path = name.replaceAll('\\', '/');
  const reason = unsafeReason(path);
  if (reason) return { kind: 'unsafe', reason };
  if (path.endsWith('/')) return { kind: 'skip' };
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  const fileName = segments.at(-1);
  if (!fileName) return { kind: 'skip' };
  const folders = segments.slice(0, -1);
  // macOS resource forks (__MACOSX/, ._name) and hidden files (.DS_Store, .git/) are not articles.
  if (segments.some((segment) => segment.startsWith('.') || segment === '__MACOSX')) return { kind: 'skip' };
  if (junkFiles.has(fileName.toLowerCase())) return { kind: 'skip' };
  if (savedPageAssets.test(fileName) && folders.some((folder) => savedPageFolder.test(folder))) return { kind: 'skip' };
  return { kind: 'file', path: segments.join('/') };
}

// For messages: a name as it can be shown on one line.
export function printableName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/gu, '?');
}
