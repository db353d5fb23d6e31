// Expands the import command's file and folder arguments into files, one at a time: folders
// recursively in name order, hidden entries skipped, each real folder entered once (so symbolic
// links that loop back are harmless). Nothing is read here.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface InputFile {
  // Shown to the editor and stored with the import: the path from the argument's own name down.
  name: string;
  path: string;
}

/** The first argument that names nothing, as a message; null when all exist. */
export async function findMissingPath(paths: readonly string[]): Promise<string | null> {
  for (const path of paths) {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) return `No such file or folder: ${path}`;
  }
  return null;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function* walkFolder(folder: string, name: string, entered: Set<string>): AsyncGenerator<InputFile> {
  const real = await realpath(folder).catch(() => null);
  if (real === null || entered.has(real)) return;
  entered.add(real);
  const children = await readdir(folder).catch(() => [] as string[]);
  for (const child of children.sort(byName)) {
    if (child.startsWith('.')) continue;
    const path = join(folder, child);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walkFolder(path, `${name}/${child}`, entered);
    // Sockets, pipes and broken links inside a folder are not files anyone meant to import.
    else if (info?.isFile()) yield { name: `${name}/${child}`, path };
  }
}

export async function* walkInputPaths(paths: readonly string[]): AsyncGenerator<InputFile> {
  const entered = new Set<string>();
  for (const path of paths) {
    const name = basename(resolve(path));
    const info = await stat(path).catch(() => null);
    // A file named on the command line is imported even when hidden; what it is gets checked later.
    if (info?.isDirectory()) yield* walkFolder(path, name, entered);
    else yield { name, path };
  }
}
