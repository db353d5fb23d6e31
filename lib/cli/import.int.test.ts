import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { buildTestZip } from '@/lib/import/sources/fixtures/build-test-zip';

const root = fileURLToPath(new URL('../../', import.meta.url));
const titles = ['武漢市全面啟動國家知識產權保護示范區建設', '湖北:砥礪“三牛精神”奮進新征程'];
const sampleFiles = ['samples/000_082a931f3e294f16.txt', 'samples/003_19f9f1bee9563f76.txt'];

function runImportCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'lib/cli/import.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /u);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'inkstone-import-cli-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('npm run import -- --dry-run', () => {
  it('prints one JSON line per sample with its article and report, and touches no database', async () => {
    const result = await runImportCli(['--dry-run', '--json', 'content/samples'], { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.file, line.status, (line.article as { title: string }).title, line.error])).toEqual([
      [sampleFiles[0], 'ok', titles[0], null],
      [sampleFiles[1], 'ok', titles[1], null],
    ]);
    expect(lines.map((line) => (line.report as { pinyinStripped: number }).pinyinStripped)).toEqual([229, 42]);
    expect(result.stderr.trim()).toBe('2 ok, 0 failed');
  });

  it('reads a feed as one article per item, with the metadata the feed gives', async () => {
    const result = await runImportCli(['--dry-run', '--json', 'lib/import/sources/fixtures/rss-zh.xml']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; status: string; article: Record<string, unknown> | null; error: string | null });
    expect(lines.map((line) => [line.file, line.status])).toEqual([
      ['rss-zh.xml › 1 · 广州地铁十一号线年底开通 & 全线设站32座', 'ok'],
      ['rss-zh.xml › 2 · 台风“派比安”明日登陆 气象台发布橙色预警', 'ok'],
      ['rss-zh.xml › 3 · 只有链接的条目', 'failed'],
    ]);
    expect(lines[0]?.article).toMatchObject({
      title: '广州地铁十一号线年底开通 & 全线设站32座',
      sourceName: '南方日报',
      sourceUrl: 'https://news.example.cn/2024/07/10/metro.html',
      originalPublishedAt: '2024-07-10',
    });
    expect(lines[1]?.article).toMatchObject({ byline: '王芳', originalPublishedAt: '2024-07-11' });
    expect(lines[2]?.error).toBe('This article has no text in the feed (the feed only links to it).');
  });

  it('gives each bad file a reason, goes on with the rest, and exits 1', async () => {
    const dir = join(scratch, 'bad');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(join(dir, 'a-empty.txt'), '');
    await writeFile(join(dir, 'b-evil.zip'), buildTestZip([{ name: '../escape.txt', data: 'x' }, { name: 'inner.zip', data: 'PK' }]));
    await writeFile(join(dir, 'c-big.txt'), '很长的正文。'.repeat(100_000));
    const result = await runImportCli(['--dry-run', '--max-file-mb', '1', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('failed'))).toEqual([
      'failed     bad/a-empty.txt: “bad/a-empty.txt” is empty.',
      'failed     bad/b-evil.zip › ../escape.txt: Unsafe path “../escape.txt” (it points outside the archive); skipped.',
      'failed     bad/b-evil.zip › inner.zip: A zip inside a zip is not opened; unpack it and add its files instead.',
      'failed     bad/c-big.txt: This file is 1.7 MB; the limit is 1 MB per file.',
    ]);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 ok, 4 failed');
    noStackTrace(result.stderr);
  });
});

describe('npm run import: bad input', () => {
  it.each([
    [['--dry-run'], 'error: name at least one file or folder to import'],
    [['--frobnicate', 'content/samples'], 'error: unknown option --frobnicate'],
    [['--max-file-mb', 'lots', 'content/samples'], 'error: --max-file-mb must be a number of megabytes above 0 and at most 100, not “lots”'],
    [['content/samples', 'content/nothing-here'], 'error: No such file or folder: content/nothing-here'],
  ])('%j exits 2 with the usage', async (args, message) => {
    const result = await runImportCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).toContain('Usage: npm run import -- [options] <files or folders>');
    noStackTrace(result.stderr);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL in one line', async () => {
    const result = await runImportCli(['content/samples'], { DATABASE_URL: 'mysql://localhost/news' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['\x1b[31merror\x1b[0m DATABASE_URL must start with postgres:// or postgresql://']);
  });
});

describe('npm run import (into the database)', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('creates both samples as drafts in a CLI batch, and a second run reports both as duplicates', async () => {
    const first = await runImportCli(['content/samples']);
    expect(first.code).toBe(0);
    const created = first.stdout.trim().split('\n');
    expect(created).toHaveLength(3);
    expect(created[0]).toMatch(new RegExp(`^created    ${sampleFiles[0]}: /articles/\\S+ \\(draft\\)$`, 'u'));
    expect(created[1]).toMatch(new RegExp(`^created    ${sampleFiles[1]}: /articles/\\S+ \\(draft\\)$`, 'u'));
    expect(created[2]).toBe('2 created, 0 duplicate, 0 failed');

    const articles = await getPrisma().article.findMany({ orderBy: { createdAt: 'asc' }, select: { title: true, status: true, slug: true } });
    expect(articles.map((article) => [article.title, article.status])).toEqual([
      [titles[0], 'DRAFT'],
      [titles[1], 'DRAFT'],
    ]);
    expect(created[0]).toContain(`/articles/${articles[0]!.slug} `);
    const batches = await getPrisma().importBatch.findMany({ select: { origin: true, createdById: true } });
    expect(batches).toEqual([{ origin: 'CLI', createdById: null }]);

    const second = await runImportCli(['content/samples']);
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n')).toEqual([
      `duplicate  ${sampleFiles[0]}: already imported, as “${titles[0]}” (/articles/${articles[0]!.slug})`,
      `duplicate  ${sampleFiles[1]}: already imported, as “${titles[1]}” (/articles/${articles[1]!.slug})`,
      '0 created, 2 duplicate, 0 failed',
    ]);
    expect(await getPrisma().article.count()).toBe(2);
  }, 90_000);

  it('publishes with --publish and reports as JSON Lines with --json', async () => {
    const result = await runImportCli(['--publish', '--json', join('content', sampleFiles[1]!)]);
    expect(result.code).toBe(0);
    const [line] = result.stdout.trim().split('\n').map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(line).toMatchObject({ file: '003_19f9f1bee9563f76.txt', status: 'created', title: titles[1], published: true });
    const article = await getPrisma().article.findFirstOrThrow({ select: { status: true, slug: true, publishedAt: true } });
    expect(article.status).toBe('PUBLISHED');
    expect(article.publishedAt).not.toBeNull();
    expect(line?.slug).toBe(article.slug);
  });
});
