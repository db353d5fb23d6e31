import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMissingPath, walkInputPaths } from './import-walk-paths';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'inkstone-walk-'));
  const scrapes = join(root, 'scrapes');
  await mkdir(join(scrapes, '2024', '07'), { recursive: true });
  await mkdir(join(scrapes, '.cache'));
  for (const file of ['b.html', 'a.txt', '.hidden.html', '2024/07/c.html', '2024/z.html', '.cache/x.html', '新闻.txt']) {
    await writeFile(join(scrapes, file), file);
  }
  await symlink(scrapes, join(scrapes, '2024', 'loop'));
  await symlink(join(scrapes, 'missing.html'), join(scrapes, 'broken.html'));
  await writeFile(join(root, '.single.txt'), 'hidden but named');
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function walk(paths: string[]) {
  const names: string[] = [];
  for await (const file of walkInputPaths(paths)) names.push(file.name);
  return names;
}

describe('walkInputPaths', () => {
  it('lists folders recursively in name order, skipping hidden entries, broken links and link loops', async () => {
    expect(await walk([join(root, 'scrapes')])).toEqual([
      'scrapes/2024/07/c.html',
      'scrapes/2024/z.html',
      'scrapes/a.txt',
      'scrapes/b.html',
      'scrapes/新闻.txt',
    ]);
  });

  it('keeps the order of the arguments, takes a named file even when hidden, and follows a link once', async () => {
    // 2024/loop leads to scrapes/, which is entered once; its 2024/ was entered already, so the loop ends.
    expect(await walk([join(root, '.single.txt'), join(root, 'scrapes', '2024')])).toEqual([
      '.single.txt',
      '2024/07/c.html',
      '2024/loop/a.txt',
      '2024/loop/b.html',
      '2024/loop/新闻.txt',
      '2024/z.html',
    ]);
  });
});

describe('findMissingPath', () => {
  it('names the first argument that does not exist', async () => {
    expect(await findMissingPath([join(root, 'scrapes'), 'nope/a.html', 'other'])).toBe('No such file or folder: nope/a.html');
    expect(await findMissingPath([join(root, 'scrapes', 'a.txt')])).toBeNull();
  });
});
