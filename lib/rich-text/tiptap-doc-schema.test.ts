import { describe, expect, it } from 'vitest';
import { sampleArticleDoc } from './fixtures/sample-article-doc';
import { parseTiptapDoc, tiptapDocSchema } from './tiptap-doc-schema';

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const linked = (href: string) => doc(paragraph(text('链接', [{ type: 'link', attrs: { href } }])));
const image = (attrs: Record<string, unknown>) => ({ type: 'image', attrs });
const pictured = (src: string) => doc(image({ src, alt: '', caption: null }));

function nestedBlockquotes(levels: number): unknown {
  let node: unknown = paragraph(text('深'));
  for (let level = 0; level < levels; level++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

describe('tiptapDocSchema accepts', () => {
  it.each([
    ['an article shaped like editor output', sampleArticleDoc],
    ['the empty editor document', doc({ type: 'paragraph' })],
    ['a paragraph with empty content array', doc(paragraph())],
    ['marks and nodes without optional attrs', doc({ type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('一'))] }] }, { type: 'codeBlock' })],
    ['an ordered list starting at 5 with roman numerals', doc({ type: 'orderedList', attrs: { start: 5, type: 'i' }, content: [{ type: 'listItem', content: [paragraph(text('五'))] }] })],
    ['a code block with a language', doc({ type: 'codeBlock', attrs: { language: 'typescript' }, content: [text('const a = 1;')] })],
    ['a bold hard break', doc(paragraph(text('甲'), { type: 'hardBreak', marks: [{ type: 'bold' }] }))],
    ['an http link', linked('http://example.com/path?q=1')],
    ['a mailto link', linked('mailto:news@example.com')],
    ['nesting at the depth limit', nestedBlockquotes(18)],
    ['an imported image with alt text and a caption', doc(paragraph(text('图文')), image({ src: 'https://img.example.cn/a.jpg', alt: '恩施土豆', caption: '图为恩施土豆。' }))],
    ['an uploaded image without a caption', pictured('/uploads/2024/07/a.jpg')],
    ['an image in a blockquote and after a list item paragraph', doc({ type: 'blockquote', content: [pictured('/uploads/a.png').content[0]] }, { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('项')), pictured('/uploads/b.png').content[0]] }] })],
  ])('%s', (_name, value) => {
    const result = tiptapDocSchema.safeParse(value);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(value);
  });
});

describe('tiptapDocSchema canonicalises addresses', () => {
  it.each([
    ['a link with surrounding spaces', linked('  https://example.com  '), linked('https://example.com/')],
    ['a link with an upper-case scheme', linked('HTTPS://EXAMPLE.COM'), linked('https://example.com/')],
    ['a link with quotes and brackets', linked('https://example.com/?q="><b>'), linked('https://example.com/?q=%22%3E%3Cb%3E')],
    ['an http image, upgraded to https', doc(image({ src: 'http://img.example.cn/a.jpg' })), doc(image({ src: 'https://img.example.cn/a.jpg' }))],
    ['an image with a Chinese path', pictured('https://img.example.cn/照片.jpg'), pictured('https://img.example.cn/%E7%85%A7%E7%89%87.jpg')],
  ])('%s', (_name, value, expected) => {
    const first = parseTiptapDoc(value);
    expect(first).toEqual({ ok: true, doc: expected });
    expect(parseTiptapDoc(first.ok ? first.doc : null)).toEqual(first);
  });

  it('refuses an address that only outgrows the limit once encoded, so a stored body always reads back', () => {
    const src = `https://img.example.cn/${'照'.repeat(680)}.jpg`;
    expect(src.length).toBeLessThanOrEqual(2048);
    const result = parseTiptapDoc(pictured(src));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('attrs.src: Address too long once encoded');
  });
});

describe('tiptapDocSchema rejects', () => {
  it.each([
    ['javascript: link', linked('javascript:alert(1)'), 'attrs.href'],
    ['java\nscript: link', linked('java\nscript:alert(1)'), 'attrs.href'],
    ['entity-encoded javascript: link', linked('&#106;avascript:alert(1)'), 'attrs.href'],
    ['javascript&colon; link', linked('javascript&colon;alert(1)'), 'attrs.href'],
    ['http image behind a javascript: scheme', pictured('javascript:http://img.example.cn/a.jpg'), 'attrs.src'],
    ['JAVASCRIPT: link', linked('JAVASCRIPT:alert(1)'), 'attrs.href'],
    ['java\\tscript: link', linked('java\tscript:alert(1)'), 'attrs.href'],
    ['javascript: link behind leading control characters', linked('\u0001\u3000javascript:alert(1)'), 'attrs.href'],
    ['data: link', linked('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), 'attrs.href'],
    ['vbscript: link', linked('vbscript:msgbox(1)'), 'attrs.href'],
    ['relative link', linked('/articles/1'), 'attrs.href'],
    ['protocol-relative link', linked('//evil.example.com'), 'attrs.href'],
    ['link without href', doc(paragraph(text('链接', [{ type: 'link', attrs: {} }]))), 'attrs.href'],
    ['link with an unknown attribute', doc(paragraph(text('链接', [{ type: 'link', attrs: { href: 'https://a.cn', onclick: 'x' } }]))), 'marks[0].attrs: Unrecognized key: "onclick"'],
    ['unknown node', doc({ type: 'video', attrs: { src: 'https://a.cn/x.mp4' } }), 'content[0].type: Invalid discriminator value'],
    ['javascript: image', pictured('javascript:alert(1)'), 'content[0].attrs.src: Image source must be'],
    ['javascript: image behind whitespace and mixed case', pictured('\u3000 JaVa\tScRiPt:alert(1)'), 'attrs.src'],
    ['data: image', pictured('data:image/png;base64,iVBORw0KGgo='), 'attrs.src'],
    ['data: SVG image', pictured('data:image/svg+xml,<svg onload="alert(1)"/>'), 'attrs.src'],
    ['relative image', pictured('images/a.jpg'), 'attrs.src'],
    ['protocol-relative image', pictured('//evil.example/a.jpg'), 'attrs.src'],
    ['image path climbing out of /uploads/', pictured('/uploads/../.env'), 'attrs.src'],
    ['image without src', doc(image({ alt: '图' })), 'attrs.src'],
    ['image without attrs', doc({ type: 'image' }), 'content[0].attrs'],
    ['image with an event handler attribute', doc(image({ src: '/uploads/a.jpg', onerror: 'alert(1)' })), 'Unrecognized key: "onerror"'],
    ['image with a non-string caption', doc(image({ src: '/uploads/a.jpg', caption: { html: '<b>x</b>' } })), 'attrs.caption'],
    ['image inside a paragraph (it is a block)', doc(paragraph(image({ src: '/uploads/a.jpg' }))), 'content[0].content[0].type'],
    ['image with content', doc({ type: 'image', attrs: { src: '/uploads/a.jpg' }, content: [text('字')] }), 'Unrecognized key: "content"'],
    ['unknown mark', doc(paragraph(text('字', [{ type: 'highlight' }]))), 'content[0].content[0].marks[0].type: Invalid discriminator value'],
    ['duplicate marks', doc(paragraph(text('字', [{ type: 'bold' }, { type: 'bold' }]))), 'marks'],
    ['empty text node', doc(paragraph(text(''))), 'content[0].content[0].text'],
    ['non-string text', doc(paragraph({ type: 'text', text: 42 })), 'content[0].content[0].text'],
    ['h1 heading (the title is the h1)', doc({ type: 'heading', attrs: { level: 1 }, content: [text('标题')] }), 'attrs.level'],
    ['h4 heading', doc({ type: 'heading', attrs: { level: 4 }, content: [text('标题')] }), 'attrs.level'],
    ['heading without level', doc({ type: 'heading', content: [text('标题')] }), 'content[0].attrs'],
    ['unknown paragraph attribute', doc({ type: 'paragraph', attrs: { style: 'color:red' } }), 'content[0].attrs: Unrecognized key: "style"'],
    ['unknown node property', doc({ type: 'paragraph', html: '<b>x</b>' }), 'content[0]: Unrecognized key: "html"'],
    ['marks inside a code block', doc({ type: 'codeBlock', content: [text('x', [{ type: 'bold' }])] }), 'content[0].content[0]: Unrecognized key: "marks"'],
    ['text directly in the document', doc(text('散文')), 'content[0].type'],
    ['a block inside a paragraph', doc(paragraph(paragraph(text('套')))), 'content[0].content[0].type'],
    ['a list item not starting with a paragraph', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'horizontalRule' }] }] }), 'content[0].content[0].content[0].type'],
    ['a list without items', doc({ type: 'bulletList', content: [] }), 'content[0].content'],
    ['a negative list start', doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [paragraph()] }] }), 'attrs.start'],
    ['an empty document', doc(), 'content'],
    ['a non-doc root', { type: 'paragraph', content: [] }, 'type'],
    ['nesting beyond the depth limit', nestedBlockquotes(19), 'deeper than 20'],
    ['nesting thousands of levels deep', nestedBlockquotes(10_000), 'deeper than 20'],
    ['more than 500,000 characters of text', doc(paragraph(text('字'.repeat(300_000))), paragraph(text('字'.repeat(200_001)))), 'longer than 500000'],
  ])('%s', (_name, value, expectedInError) => {
    const result = parseTiptapDoc(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expectedInError);
  });
});

describe('parseTiptapDoc', () => {
  it('parses the JSON text submitted by the editor form', () => {
    expect(parseTiptapDoc(JSON.stringify(sampleArticleDoc))).toEqual({ ok: true, doc: sampleArticleDoc });
  });

  it('reports malformed JSON without throwing', () => {
    expect(parseTiptapDoc('{"type":"doc",')).toEqual({ ok: false, error: 'Body is not valid JSON' });
  });

  it('reports the path of the offending value', () => {
    const result = parseTiptapDoc(doc(paragraph(text('好')), paragraph(text('坏', [{ type: 'link', attrs: { href: 'javascript:void(0)' } }]))));
    expect(result).toEqual({
      ok: false,
      error: 'content[1].content[0].marks[0].attrs.href: Link must be an http, https or mailto URL',
    });
  });

  it.each([null, undefined, 42, [], 'null'])('rejects %j', (value) => {
    expect(parseTiptapDoc(value).ok).toBe(false);
  });
});
