import iconv from 'iconv-lite';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMaxFileBytes } from '../import-file';
import { defaultUploadLimits, expandUpload, type UploadEntry, type UploadLimits } from './expand-upload';
import { buildTestZip, type TestZipEntry } from './fixtures/build-test-zip';

const samplesDir = fileURLToPath(new URL('../../../content/samples/', import.meta.url));
const sampleNames = ['000_082a931f3e294f16.txt', '003_19f9f1bee9563f76.txt'];
const megabyte = 1024 * 1024;

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkstone-expand-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function writeTemp(name: string, bytes: Uint8Array | string): Promise<string> {
  counter += 1;
  const path = join(dir, `${counter}-${name}`);
  await writeFile(path, bytes);
  return path;
}

async function expand(name: string, bytes: Uint8Array | string, limits: UploadLimits = defaultUploadLimits): Promise<UploadEntry[]> {
  const entries: UploadEntry[] = [];
  for await (const entry of expandUpload({ name, path: await writeTemp(name, bytes) }, limits)) entries.push(entry);
  return entries;
}

function zip(entries: TestZipEntry[]): Buffer {
  return buildTestZip(entries);
}

const describeEntries = (entries: UploadEntry[]) =>
  entries.map((entry) => ('error' in entry ? { name: entry.name, error: entry.error } : { name: entry.name, size: entry.bytes.length }));

describe('expandUpload: plain files', () => {
  it('yields a file within the limit as its own bytes', async () => {
    const bytes = await readFile(join(samplesDir, sampleNames[0]!));
    const entries = await expand('sample.txt', bytes);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toEqual({ name: 'sample.txt', bytes: new Uint8Array(bytes) });
  });

  it('refuses a file over the per-file limit, naming both sizes', async () => {
    const entries = await expand('huge.html', 'x'.repeat(3000), { ...defaultUploadLimits, maxFileBytes: 2048 });
    expect(entries).toEqual([{ name: 'huge.html', error: 'This file is 2.9 KB; the limit is 2 KB per file.' }]);
  });

  it('gives a missing file an error entry instead of throwing', async () => {
    const entries: UploadEntry[] = [];
    for await (const entry of expandUpload({ name: 'gone.txt', path: join(dir, 'no-such-file.txt') }, defaultUploadLimits)) entries.push(entry);
    expect(entries).toEqual([{ name: 'gone.txt', error: 'This file cannot be read (ENOENT).' }]);
  });
});

describe('expandUpload: zip archives', () => {
  it('yields each sample from a zip byte for byte, skipping folders and macOS/hidden junk', async () => {
    const samples = await Promise.all(sampleNames.map((name) => readFile(join(samplesDir, name))));
    const entries = await expand('samples.zip', zip([
      { name: 'samples/', data: '' },
      { name: `samples/${sampleNames[0]}`, data: samples[0] },
      { name: '__MACOSX/samples/._000.txt', data: 'resource fork' },
      { name: 'samples/.DS_Store', data: 'finder' },
      { name: `samples/${sampleNames[1]}`, data: samples[1], method: 'store' },
    ]));
    expect(entries.map((entry) => entry.name)).toEqual(sampleNames.map((name) => `samples.zip › samples/${name}`));
    expect(entries.map((entry) => ('bytes' in entry ? Buffer.from(entry.bytes) : null))).toEqual(samples);
  });

  it('detects a zip by its bytes whatever it is called', async () => {
    const entries = await expand('export.dat', zip([{ name: 'a.txt', data: '正文' }]));
    expect(describeEntries(entries)).toEqual([{ name: 'export.dat › a.txt', size: 6 }]);
  });

  it('decodes GBK and Big5 names written by Chinese Windows without the UTF-8 flag', async () => {
    const entries = await expand('新闻.zip', zip([
      { name: iconv.encode('新闻稿/第一篇报道.txt', 'gbk'), data: 'a', utf8: false },
      { name: iconv.encode('臺灣新聞/颱風報導.txt', 'big5'), data: 'b', utf8: false },
      { name: '标记为UTF-8.txt', data: 'c' },
    ]));
    expect(entries.map((entry) => entry.name)).toEqual(['新闻.zip › 新闻稿/第一篇报道.txt', '新闻.zip › 臺灣新聞/颱風報導.txt', '新闻.zip › 标记为UTF-8.txt']);
  });

  it('reports unsafe paths and still reads the safe members', async () => {
    const entries = await expand('evil.zip', zip([
      { name: '../x.txt', data: 'climb' },
      { name: '/etc/passwd', data: 'root' },
      { name: 'C:\\Windows\\win.ini', data: 'drive' },
      { name: 'a\\..\\..\\b.txt', data: 'backslashes' },
      { name: 'ok/fine.txt', data: 'fine' },
    ]));
    expect(describeEntries(entries)).toEqual([
      { name: 'evil.zip › ../x.txt', error: 'Unsafe path “../x.txt” (it points outside the archive); skipped.' },
      { name: 'evil.zip › /etc/passwd', error: 'Unsafe path “/etc/passwd” (it is an absolute path); skipped.' },
      { name: 'evil.zip › C:\\Windows\\win.ini', error: 'Unsafe path “C:\\Windows\\win.ini” (it names a drive); skipped.' },
      { name: 'evil.zip › a\\..\\..\\b.txt', error: 'Unsafe path “a\\..\\..\\b.txt” (it points outside the archive); skipped.' },
      { name: 'evil.zip › ok/fine.txt', size: 4 },
    ]);
  });

  it('refuses a member whose declared size is over the per-file limit without unpacking it', async () => {
    const entries = await expand('bomb.zip', zip([{ name: 'zeros.txt', data: new Uint8Array(6 * megabyte) }, { name: 'next.txt', data: 'next' }]));
    expect(describeEntries(entries)).toEqual([
      { name: 'bomb.zip › zeros.txt', error: 'This file is 6 MB unpacked; the limit is 5 MB per file.' },
      { name: 'bomb.zip › next.txt', size: 4 },
    ]);
  });

  it('stops unpacking a member that lies about its size', async () => {
    const entries = await expand('liar.zip', zip([{ name: 'zeros.txt', data: new Uint8Array(6 * megabyte), declaredSize: 1000 }]));
    expect(describeEntries(entries)).toEqual([
      { name: 'liar.zip › zeros.txt', error: 'This file unpacks to more bytes than the zip says it holds, as a zip bomb does; it was not read.' },
    ]);
  });

  it('refuses a member compressed far beyond what text compresses to', async () => {
    const entries = await expand('dense.zip', zip([{ name: 'zeros.txt', data: new Uint8Array(2 * megabyte) }]));
    expect(describeEntries(entries)).toEqual([
      { name: 'dense.zip › zeros.txt', error: 'This file is compressed more than 100× (2 KB → 2 MB), as only a zip bomb is; it was not unpacked.' },
    ]);
  });

  it('stops when the zip unpacks to more than the total limit', async () => {
    const limits = { ...defaultUploadLimits, maxTotalBytes: 2500 };
    const entries = await expand('big.zip', zip([1, 2, 3].map((n) => ({ name: `${n}.txt`, data: `${n}`.repeat(1000) }))), limits);
    expect(describeEntries(entries)).toEqual([
      { name: 'big.zip › 1.txt', size: 1000 },
      { name: 'big.zip › 2.txt', size: 1000 },
      { name: 'big.zip', error: 'The zip unpacks to more than 2.4 KB in all; the files after this point were not read.' },
    ]);
  });

  it('does not open a zip inside a zip, by name or by content', async () => {
    const inner = zip([{ name: 'a.txt', data: 'a' }]);
    const entries = await expand('outer.zip', zip([{ name: 'inner.zip', data: inner }, { name: 'inner.bin', data: inner }]));
    expect(describeEntries(entries)).toEqual([
      { name: 'outer.zip › inner.zip', error: 'A zip inside a zip is not opened; unpack it and add its files instead.' },
      { name: 'outer.zip › inner.bin', error: 'A zip inside a zip is not opened; unpack it and add its files instead.' },
    ]);
  });

  it('reads at most maxEntries members, then says how many were read', async () => {
    const limits = { ...defaultUploadLimits, maxEntries: 3 };
    const entries = await expand('many.zip', zip([1, 2, 3, 4, 5].map((n) => ({ name: `${n}.txt`, data: `${n}` }))), limits);
    expect(describeEntries(entries)).toEqual([
      { name: 'many.zip › 1.txt', size: 1 },
      { name: 'many.zip › 2.txt', size: 1 },
      { name: 'many.zip › 3.txt', size: 1 },
      { name: 'many.zip', error: 'The zip holds more than 3 files; only the first 3 were read.' },
    ]);
  });

  it('gives a corrupt or truncated zip one clear error entry', async () => {
    const whole = zip([{ name: 'a.txt', data: '正文'.repeat(100) }]);
    for (const bytes of [Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), whole.subarray(0, whole.length - 10)]) {
      const entries = await expand('broken.zip', bytes);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.name).toBe('broken.zip');
      expect('error' in entries[0]! && entries[0].error).toMatch(/^This is not a readable zip archive: it is damaged or incomplete \(.+\)\.$/u);
    }
  });

  it('reports a damaged member and goes on with the next', async () => {
    const bytes = zip([{ name: 'a.txt', data: '第一段正文。'.repeat(50), method: 'store' }, { name: 'b.txt', data: 'fine' }]);
    // A byte inside a.txt's stored data (after the 30-byte local header and the name): its CRC no longer matches.
    const inData = 30 + 'a.txt'.length + 10;
    bytes[inData] = bytes[inData]! ^ 0xff;
    expect(describeEntries(await expand('damaged.zip', bytes))).toEqual([
      { name: 'damaged.zip › a.txt', error: 'This file is damaged in the zip (its data does not match the zip directory).' },
      { name: 'damaged.zip › b.txt', size: 4 },
    ]);
  });

  it('reports encrypted members and symbolic links', async () => {
    const entries = await expand('locked.zip', zip([
      { name: 'secret.txt', data: 'xxxxxxxxxxxxyyyy', method: 'store', encrypted: true, declaredSize: 4 },
      { name: 'link.txt', data: '/etc/passwd', method: 'store', unixMode: 0o120777 },
    ]));
    expect(describeEntries(entries)).toEqual([
      { name: 'locked.zip › secret.txt', error: 'This file is password-protected in the zip, so it cannot be read.' },
      { name: 'locked.zip › link.txt', error: 'This is a symbolic link, not a file; skipped.' },
    ]);
  });

  it('says so when a zip holds nothing to import', async () => {
    expect(await expand('empty.zip', zip([{ name: 'folder/', data: '' }]))).toEqual([{ name: 'empty.zip', error: 'The zip holds no files to import.' }]);
  });

  it('expands a feed inside a zip into its articles', async () => {
    const feed = await readFile(fileURLToPath(new URL('fixtures/rss-zh.xml', import.meta.url)));
    const entries = await expand('feeds.zip', zip([{ name: 'feeds/rss.xml', data: feed }]));
    expect(entries.map((entry) => entry.name)).toEqual([
      'feeds.zip › feeds/rss.xml › 1 · 广州地铁十一号线年底开通 & 全线设站32座',
      'feeds.zip › feeds/rss.xml › 2 · 台风“派比安”明日登陆 气象台发布橙色预警',
      'feeds.zip › feeds/rss.xml › 3 · 只有链接的条目',
    ]);
  });
});

describe('defaultUploadLimits', () => {
  it('lets through exactly the files the pipeline accepts by default', () => {
    expect(defaultUploadLimits.maxFileBytes).toBe(defaultMaxFileBytes);
  });
});
