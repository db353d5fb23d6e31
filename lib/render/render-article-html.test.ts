import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sampleArticleDoc } from '../rich-text/fixtures/sample-article-doc';
import type { TiptapDoc, TiptapMark, TiptapNode } from '../rich-text/tiptap-doc';
import { renderArticleHtml } from './render-article-html';

const text = (value: string, ...marks: TiptapMark[]): TiptapNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (value: string): TiptapNode => ({ type: 'listItem', content: [paragraph(text(value))] });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const link = (href: string, attrs: Record<string, unknown> = {}): TiptapMark => ({ type: 'link', attrs: { href, ...attrs } });
const linkedDoc = (href: string) => doc(paragraph(text('点此', link(href))));

describe('renderArticleHtml renders each node', () => {
  it.each<[string, TiptapNode, string]>([
    ['paragraph', paragraph(text('正文')), '<p>正文</p>'],
    ['empty paragraph', { type: 'paragraph' }, '<p></p>'],
    ['heading level 2', { type: 'heading', attrs: { level: 2 }, content: [text('小标题')] }, '<h2>小标题</h2>'],
    ['heading level 3', { type: 'heading', attrs: { level: 3 }, content: [text('小标题')] }, '<h3>小标题</h3>'],
    ['heading level 1 demoted to h2', { type: 'heading', attrs: { level: 1 }, content: [text('题')] }, '<h2>题</h2>'],
    ['heading level 6 clamped to h3', { type: 'heading', attrs: { level: 6 }, content: [text('题')] }, '<h3>题</h3>'],
    ['bullet list', { type: 'bulletList', content: [item('一'), item('二')] }, '<ul><li><p>一</p></li><li><p>二</p></li></ul>'],
    ['ordered list', { type: 'orderedList', attrs: { start: 1, type: null }, content: [item('一')] }, '<ol><li><p>一</p></li></ol>'],
    ['ordered list from 3 in roman', { type: 'orderedList', attrs: { start: 3, type: 'i' }, content: [item('三')] }, '<ol start="3" type="i"><li><p>三</p></li></ol>'],
    ['ordered list with hostile attrs', { type: 'orderedList', attrs: { start: '1"><script>', type: '"x' }, content: [item('一')] }, '<ol><li><p>一</p></li></ol>'],
    ['blockquote', { type: 'blockquote', content: [paragraph(text('引文'))] }, '<blockquote><p>引文</p></blockquote>'],
    ['code block', { type: 'codeBlock', attrs: { language: null }, content: [text('a < b\n&&')] }, '<pre><code>a &lt; b\n&amp;&amp;</code></pre>'],
    ['code block with language', { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('x')] }, '<pre><code class="language-ts">x</code></pre>'],
    ['code block with hostile language', { type: 'codeBlock', attrs: { language: '"><img src=x>' }, content: [text('x')] }, '<pre><code>x</code></pre>'],
    ['hard break', paragraph(text('上'), { type: 'hardBreak' }, text('下')), '<p>上<br>下</p>'],
    ['horizontal rule', { type: 'horizontalRule' }, '<hr>'],
    ['unknown node as escaped text', { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [text('<b>框</b>')] }, '&lt;b&gt;框&lt;/b&gt;'],
    ['unknown node without text dropped', { type: 'video', attrs: { src: 'x', onerror: 'alert(1)' } }, ''],
  ])('%s', (_name, node, expected) => {
    expect(renderArticleHtml(doc(node))).toBe(expected);
  });
});

describe('renderArticleHtml renders images', () => {
  const image = (attrs: Record<string, unknown>): TiptapNode => ({ type: 'image', attrs });
  const lazy = 'loading="lazy" decoding="async"';

  it.each<[string, TiptapNode, string]>([
    ['with a caption', image({ src: 'https://img.example.cn/a.jpg', alt: '恩施土豆', caption: '图为恩施土豆。' }), `<figure><img src="https://img.example.cn/a.jpg" alt="恩施土豆" ${lazy}><figcaption>图为恩施土豆。</figcaption></figure>`],
    ['an upload without a caption', image({ src: '/uploads/2024/a.jpg', alt: '', caption: null }), `<figure><img src="/uploads/2024/a.jpg" alt="" ${lazy}></figure>`],
    ['with only its source', image({ src: 'https://img.example.cn/a.jpg' }), `<figure><img src="https://img.example.cn/a.jpg" alt="" ${lazy}></figure>`],
    ['an http source, upgraded to https', image({ src: 'http://img.example.cn/a.jpg' }), `<figure><img src="https://img.example.cn/a.jpg" alt="" ${lazy}></figure>`],
    ['with a blank caption', image({ src: '/uploads/a.jpg', alt: '', caption: ' \u3000' }), `<figure><img src="/uploads/a.jpg" alt="" ${lazy}></figure>`],
    ['with its source canonicalised', image({ src: ' HTTPS://IMG.example.cn/照片.jpg', alt: '' }), `<figure><img src="https://img.example.cn/%E7%85%A7%E7%89%87.jpg" alt="" ${lazy}></figure>`],
  ])('%s', (_name, node, expected) => {
    expect(renderArticleHtml(doc(node))).toBe(expected);
  });

  it.each<[string, TiptapNode, string]>([
    ['a javascript: source, keeping the caption', image({ src: 'javascript:alert(1)', alt: 'x', caption: '图说' }), '<p>图说</p>'],
    ['a mixed-case javascript: source with control characters', image({ src: '\u0001JaVa\tScRiPt:alert(document.cookie)', alt: '', caption: null }), ''],
    ['a data: source', image({ src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: '' }), ''],
    ['a protocol-relative source', image({ src: '//evil.example/a.jpg', alt: '' }), ''],
    ['a path climbing out of /uploads/', image({ src: '/uploads/../admin', alt: '' }), ''],
    ['a non-string source', image({ src: { toString: () => 'https://img.example.cn/a.jpg' }, alt: '' }), ''],
    ['markup in the caption', image({ src: 'javascript:x', caption: '<script>alert(1)</script>' }), '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
  ])('drops the image for %s', (_name, node, expected) => {
    expect(renderArticleHtml(doc(node))).toBe(expected);
  });

  it('escapes attribute break-outs in source, alt and caption', () => {
    const html = renderArticleHtml(
      doc(image({ src: 'https://img.example.cn/a.jpg?x="><script>alert(1)</script>', alt: '" onerror="alert(1)', caption: '</figcaption><img src=x onerror=alert(1)>' })),
    );
    expect(html).toBe(
      '<figure><img src="https://img.example.cn/a.jpg?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E" alt="&quot; onerror=&quot;alert(1)" loading="lazy" decoding="async">' +
        '<figcaption>&lt;/figcaption&gt;&lt;img src=x onerror=alert(1)&gt;</figcaption></figure>',
    );
    const parsed = JSDOM.fragment(html);
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
    expect(parsed.querySelectorAll('img')).toHaveLength(1);
    expect(parsed.querySelector('img')?.getAttributeNames()).toEqual(['src', 'alt', 'loading', 'decoding']);
    expect(parsed.querySelector('figcaption')?.textContent).toBe('</figcaption><img src=x onerror=alert(1)>');
  });

  it('ignores extra attributes such as event handlers and sizes', () => {
    const html = renderArticleHtml(doc(image({ src: '/uploads/a.jpg', alt: '', onerror: 'alert(1)', style: 'x', width: '1"' })));
    expect(html).toBe(`<figure><img src="/uploads/a.jpg" alt="" ${lazy}></figure>`);
  });
});

describe('renderArticleHtml renders each mark', () => {
  it.each<[string, TiptapNode[], string]>([
    ['bold', [text('粗', { type: 'bold' })], '<p><strong>粗</strong></p>'],
    ['italic', [text('斜', { type: 'italic' })], '<p><em>斜</em></p>'],
    ['strike', [text('删', { type: 'strike' })], '<p><s>删</s></p>'],
    ['code', [text('x()', { type: 'code' })], '<p><code>x()</code></p>'],
    ['underline', [text('下', { type: 'underline' })], '<p><u>下</u></p>'],
    ['unknown mark ignored', [text('亮', { type: 'highlight', attrs: { color: 'red' } })], '<p>亮</p>'],
    ['nested marks in a fixed order', [text('字', { type: 'italic' }, { type: 'bold' })], '<p><strong><em>字</em></strong></p>'],
    ['a shared mark kept open', [text('甲', { type: 'bold' }), text('乙', { type: 'bold' }, { type: 'italic' }), text('丙')], '<p><strong>甲<em>乙</em></strong>丙</p>'],
    ['external link', [text('站', link('https://example.com/a'))], '<p><a href="https://example.com/a" rel="noopener noreferrer nofollow">站</a></p>'],
    ['external link opening a new tab', [text('站', link('https://example.com', { target: '_blank', rel: 'x', class: 'evil' }))], '<p><a href="https://example.com/" target="_blank" rel="noopener noreferrer nofollow">站</a></p>'],
    ['link title escaped', [text('站', link('https://example.com', { title: '"统计"<' }))], '<p><a href="https://example.com/" title="&quot;统计&quot;&lt;" rel="noopener noreferrer nofollow">站</a></p>'],
    ['mailto link', [text('信', link('mailto:news@example.com'))], '<p><a href="mailto:news@example.com">信</a></p>'],
    ['one link across bold and plain text', [text('国家', link('https://a.cn')), text('统计局', link('https://a.cn'), { type: 'bold' })], '<p><a href="https://a.cn/" rel="noopener noreferrer nofollow">国家<strong>统计局</strong></a></p>'],
  ])('%s', (_name, content, expected) => {
    expect(renderArticleHtml(doc(paragraph(...content)))).toBe(expected);
  });

  it('treats links to the site itself as internal', () => {
    const html = renderArticleHtml(linkedDoc('https://news.example.com/a/1'), { siteOrigin: 'https://news.example.com' });
    expect(html).toBe('<p><a href="https://news.example.com/a/1">点此</a></p>');
  });
});

describe('renderArticleHtml neutralises hostile input', () => {
  const hostileText = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)>",
  ];
  const hostileHrefs = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' \u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '/relative" onmouseover="alert(1)',
    'java\r\nscript:alert(1)',
    '\u3000JAVASCRIPT:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    'DATA:text/html,<script>alert(1)</script>',
    '//evil.example/',
  ];
  const forbidden = /<(script|img|svg|iframe)|\son\w+\s*=|javascript:|data:|vbscript:/i;

  it.each(hostileText)('escapes text %j', (value) => {
    const html = renderArticleHtml(
      doc(paragraph(text(value)), { type: 'heading', attrs: { level: 2 }, content: [text(value)] }, { type: 'codeBlock', content: [text(value)] }),
    );
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(html).not.toContain('"><');
  });

  it.each(hostileHrefs)('drops the link but keeps the text for %j', (href) => {
    const html = renderArticleHtml(linkedDoc(href));
    expect(html).toBe('<p>点此</p>');
  });

  it('keeps quotes inside an allowed href from breaking out of the attribute', () => {
    const html = renderArticleHtml(linkedDoc('https://example.com/?q="><script>alert(1)</script>'));
    expect(html).not.toMatch(forbidden);
    expect(html).toMatch(/^<p><a href="https:\/\/example\.com\/\?q=[^"<>]*" rel="noopener noreferrer nofollow">点此<\/a><\/p>$/);
  });

  it('renders unknown nodes carrying markup as inert text', () => {
    const html = renderArticleHtml(doc({ type: 'rawHtml', attrs: { html: '<script>x</script>' }, content: [text('<svg onload=alert(1)>')] }));
    expect(html).toBe('&lt;svg onload=alert(1)&gt;');
  });

  it('survives a document that lies about its types', () => {
    const lying = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: { toString: () => '<script>' } }] }] };
    expect(renderArticleHtml(lying as unknown as TiptapDoc)).toBe('<p></p>');
  });
});

describe('renderArticleHtml on a real article', () => {
  it('renders the whole body', () => {
    const external = '<a href="https://www.stats.gov.cn/sj/" target="_blank" rel="noopener noreferrer nofollow">';
    expect(renderArticleHtml(sampleArticleDoc)).toBe(
      '<p>新华社北京6月3日电 国家统计局今天发布数据显示，<strong>五月份居民消费价格同比上涨0.3%</strong>。</p>' +
        '<h2>食品价格回落</h2>' +
        `<p>详见${external}国家统计局网站<em>数据发布页</em></a><br><u><s>更正：</s></u><code>CPI</code></p>` +
        '<h3>分项数据</h3>' +
        '<ul><li><p>猪肉价格下降</p></li><li><p>鲜菜价格</p><ol><li><p>上涨</p></li></ol></li></ul>' +
        '<blockquote><p>“物价总体平稳。”</p></blockquote>' +
        '<pre><code>CPI = 100.3</code></pre>' +
        '<hr>' +
        '<p></p>',
    );
  });
});
