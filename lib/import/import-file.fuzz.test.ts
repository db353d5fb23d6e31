// Throws several hundred mutated and malformed files at importFile, from a seeded generator so a
// failure can be replayed: each must give an article with a title and a body, or an ImportError
// the importer meant to raise. A crash, a hang or an empty article is a bug.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../rich-text/tiptap-doc';
import { parseTiptapDoc } from '../rich-text/tiptap-doc-schema';
import { defaultMaxFileBytes, ImportError, importFile } from './import-file';

// mulberry32: small, fast, good enough to spread mutations.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(20_240_731);
const integer = (below: number) => Math.floor(random() * below);
const pick = <T>(items: readonly T[]): T => items[integer(items.length)] as T;
const encode = (text: string) => new TextEncoder().encode(text);

const readFolder = (folder: string, pattern: RegExp) =>
  readdirSync(new URL(folder, import.meta.url))
    .filter((name) => pattern.test(name))
    .map((name) => new Uint8Array(readFileSync(new URL(`${folder}${name}`, import.meta.url))));

const samples = readFolder('../../content/samples/', /\.txt$/u);
const pages = [...readFolder('./fixtures/html/', /\.html$/u), ...readFolder('./fixtures/pages/', /\.html$/u)];
const encoded = readFolder('./fixtures/encodings/', /\.(?:txt|html)$/u);
const corpus = [...samples, ...pages, ...encoded];

function truncate(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, integer(bytes.length + 1));
}

function flipBytes(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  for (let flips = 1 + integer(12); flips > 0 && copy.length > 0; flips -= 1) copy[integer(copy.length)] = integer(256);
  return copy;
}

function insertNul(bytes: Uint8Array): Uint8Array {
  const at = integer(bytes.length + 1);
  return new Uint8Array([...bytes.slice(0, at), 0, ...bytes.slice(at)]);
}

function splice(first: Uint8Array, second: Uint8Array): Uint8Array {
  return new Uint8Array([...first.slice(0, integer(first.length + 1)), ...second.slice(integer(second.length + 1))]);
}

function randomBytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, () => integer(256));
}

// Random text drawn from pieces importers meet: Han, pinyin, tags, mojibake, punctuation, digits.
function soup(length: number): string {
  const pieces = ['國(guó)', '新闻', '<p>', '</div>', '<a href="javascript:x">', '?!斑@', '鍥藉', '\uE010', '。', '，', '\n', '2024年7月', 'tags:', '来源：', '<br>', '&amp;', '&#x4E2D;', ' ', '“', '<!--', '<script>', '(WHO)', '記者', '〔?〕'];
  let text = '';
  while (text.length < length) text += pick(pieces);
  return text;
}

const fixedInputs: [string, Uint8Array][] = [
  ['empty', new Uint8Array()],
  ['only whitespace', encode(' \n\t\r\n\u3000 \n')],
  ['only a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf])],
  ['only pinyin', encode('guó jiā (guó)(jiā) zhī shí chǎn quán\n'.repeat(50))],
  ['only pinyin annotations after Han', encode('國(guó)家(jiā)'.repeat(200))],
  ['a 1 MB single line of Han', encode('湖北省知识产权局表示，'.repeat(35_000))],
  ['a 1 MB single line of ASCII', encode('a'.repeat(1024 * 1024))],
  ['a huge number of tiny lines', encode('字\n'.repeat(150_000))],
  ['deeply nested tags', encode(`<html><body>${'<div>'.repeat(60_000)}<p>湖北省知识产权局今日发布通知，全省专利授权量同比增长。</p>${'</div>'.repeat(60_000)}</body></html>`)],
  ['deeply nested inline tags', encode(`<!DOCTYPE html><p>${'<b><i>'.repeat(30_000)}正文内容在这里，湖北省知识产权局今日发布通知。`)],
  ['unclosed tags everywhere', encode(`<!DOCTYPE html><html><head><title>标题<body><div><p>${'<span class="a'.repeat(500)}正文`)],
  ['an unterminated comment', encode('<!DOCTYPE html><html><body><p>湖北省知识产权局今日发布通知。</p><!-- never closed <p>x</p>')],
  ['an unterminated script', encode('<!DOCTYPE html><html><body><p>湖北省知识产权局今日发布通知。</p><script>var a = "<p>")')],
  ['thousands of attributes', encode(`<!DOCTYPE html><p ${'a=b '.repeat(20_000)}>湖北省知识产权局今日发布通知，全省专利授权量同比增长。</p>`)],
  ['a huge link list', encode(`<!DOCTYPE html><body><ul>${'<li><a href="/x">链接文字</a></li>'.repeat(20_000)}</ul></body>`)],
  ['UTF-16 with a byte order mark', new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode('湖北')).map(() => 0x41)])],
  ['UTF-16 text', new Uint8Array([0xff, 0xfe, ...[...'湖北省知识产权局今日发布通知，全省专利授权量同比增长。'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
  ['a PDF named .txt', encode('%PDF-1.4\n1 0 obj\n')],
  ['garbled UTF-8 read as GBK everywhere', encode('鍥藉鐭ヨ瘑浜ф潈灞€?2024骞?7鏈?\n'.repeat(200))],
  ['misaligned GBK mojibake everywhere', encode('中\uE010文?字?!斑@'.repeat(30_000))],
  ['twenty thousand images', encode(`<!DOCTYPE html><div>${Array.from({ length: 20_000 }, (_, index) => `<img src="https://a.example/${index}.jpg">`).join('')}<p>湖北省知识产权局今日发布通知，全省专利授权量同比增长。</p></div>`)],
];

interface Outcome {
  name: string;
  bytes: Uint8Array;
}

function generatedInputs(count: number): Outcome[] {
  const inputs: Outcome[] = [];
  const mutations: [string, () => Uint8Array][] = [
    ['truncated', () => truncate(pick(corpus))],
    ['bytes flipped', () => flipBytes(pick(corpus))],
    ['NUL inserted', () => insertNul(pick(corpus))],
    ['text spliced into HTML', () => splice(pick(pages), pick(samples))],
    ['HTML spliced into text', () => splice(pick(samples), pick(pages))],
    ['random bytes', () => randomBytes(integer(4096))],
    ['random text soup', () => encode(soup(integer(6000)))],
    ['soup inside a page', () => encode(`<!DOCTYPE html><html><body><div>${soup(integer(3000))}</div></body></html>`)],
    ['truncated and flipped', () => flipBytes(truncate(pick(corpus)))],
  ];
  for (let index = 0; index < count; index += 1) {
    const [name, make] = pick(mutations);
    inputs.push({ name: `${name} #${index}`, bytes: make() });
  }
  return inputs;
}

function checkNodes(nodes: readonly TiptapNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') expect(node.text?.length ?? 0).toBeGreaterThan(0);
    for (const mark of node.marks ?? []) expect(String(mark.attrs?.href)).toMatch(/^https?:\/\//u);
    if (node.type === 'image') expect(String(node.attrs?.src)).toMatch(/^https?:\/\//u);
    checkNodes(node.content ?? []);
  }
}

describe('importFile on malformed and mutated input', () => {
  const inputs: Outcome[] = [
    ...fixedInputs.map(([name, bytes]) => ({ name, bytes })),
    ...generatedInputs(400),
  ];

  it(`answers each of ${inputs.length} inputs with an article or an ImportError`, { timeout: 120_000 }, () => {
    const outcomes = { articles: 0, refusals: 0 };
    for (const { name, bytes } of inputs) {
      const names = [`${name}.txt`, `${name}.html`];
      let result;
      try {
        result = importFile(bytes, pick(names), { maxBytes: defaultMaxFileBytes, convertToSimplified: random() < 0.2 });
      } catch (error) {
        expect(error, name).toBeInstanceOf(ImportError);
        expect((error as ImportError).isUnexpected, `${name}: ${(error as Error).message}`).toBe(false);
        expect((error as Error).message.length, name).toBeGreaterThan(0);
        outcomes.refusals += 1;
        continue;
      }
      expect(result.article.title.trim(), name).not.toBe('');
      expect(result.article.bodyText.trim(), name).not.toBe('');
      expect(result.article.body.content.length, name).toBeGreaterThan(0);
      checkNodes(result.article.body.content);
      // The body is stored as is and opened in the editor: it must pass the same schema as a save.
      const parsed = parseTiptapDoc(result.article.body);
      expect(parsed.ok ? 'valid' : parsed.error, name).toBe('valid');
      outcomes.articles += 1;
    }
    // Both kinds of answer occur, so neither check above passes vacuously.
    expect(outcomes.articles).toBeGreaterThan(50);
    expect(outcomes.refusals).toBeGreaterThan(50);
  });
});
