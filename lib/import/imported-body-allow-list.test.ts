import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../render/render-article-html';
import type { TiptapNode } from '../rich-text/tiptap-doc';
import { parseTiptapDoc } from '../rich-text/tiptap-doc-schema';
import { importFile } from './import-file';

// Imported bodies go to the database without passing the editor's save: they must already be
// exactly what the body schema accepts and stores, whatever the page carried.
const fixtureDirs = ['./fixtures/html/', './fixtures/pages/'].map((dir) => new URL(dir, import.meta.url));
const fixtures = fixtureDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, new Uint8Array(readFileSync(new URL(name, dir)))] as const),
);

const hostilePage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><base href="http://hostile.example/news/"><title>恶意页面测试 - 某网站</title></head>
<body><div class="article"><h1>恶意页面测试</h1>
<p>第一段正文，记者从有关部门获悉，相关工作正在推进之中，预计年底前完成全部任务，届时将向社会公布结果。</p>
<p>链接：<a href="javascript:window.__xss=1">甲</a>、<a href="JAVASCRIPT:window.__xss=1">乙</a>、<a href="java&#x09;script:window.__xss=1">丙</a>、
<a href="&#106;avascript:window.__xss=1">丁</a>、<a href=" java&Tab;script:window.__xss=1">戊</a>、<a href="data:text/html,&lt;script&gt;window.__xss=1&lt;/script&gt;">己</a>、
<a href="vbscript:msgbox(1)">庚</a>、<a href="http://hostile.example/a?b=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">辛</a>、<a href="mailto:x@hostile.example">壬</a>，以上为测试链接文字。</p>
<p><img src="javascript:window.__xss=1" alt="一"><img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="二"><img src="http://img.hostile.example/三.jpg" alt="三" onerror="window.__xss=1"><img src="//img.hostile.example/4.jpg" alt="四&quot; onerror=&quot;alert(1)"></p>
<p>第二段正文&lt;script&gt;window.__xss=1&lt;/script&gt;，这一段带有看起来像标签的文字，导入后应当原样作为文字保存。</p>
<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe><svg onload="window.__xss=1"><script>window.__xss=1</script></svg>
</div></body></html>`;

function walk(nodes: readonly TiptapNode[] | undefined, visit: (node: TiptapNode) => void): void {
  for (const node of nodes ?? []) {
    visit(node);
    walk(node.content, visit);
  }
}

function addressesOf(nodes: readonly TiptapNode[]): { hrefs: string[]; srcs: string[] } {
  const hrefs: string[] = [];
  const srcs: string[] = [];
  walk(nodes, (node) => {
    if (node.type === 'image') srcs.push(String(node.attrs?.src));
    for (const mark of node.marks ?? []) if (mark.type === 'link') hrefs.push(String(mark.attrs?.href));
  });
  return { hrefs, srcs };
}

describe('imported bodies pass the body schema unchanged', () => {
  it.each(fixtures)('%s', (name, bytes) => {
    for (const convertToSimplified of [false, true]) {
      const { body } = importFile(bytes, name, { maxBytes: 5_000_000, convertToSimplified }).article;
      expect(parseTiptapDoc(body)).toEqual({ ok: true, doc: body });
    }
  });
});

describe('an imported hostile page', () => {
  const { article } = importFile(new TextEncoder().encode(hostilePage), 'hostile.html', { maxBytes: 5_000_000 });

  it('keeps only http(s) links and https images, in canonical form', () => {
    expect(addressesOf(article.body.content)).toEqual({
      hrefs: [
        // `&Tab;` is not among the entities the importer decodes, so this is a path on the page's site.
        'http://hostile.example/news/java&Tab;script:window.__xss=1',
        'http://hostile.example/a?b=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
      ],
      srcs: ['https://img.hostile.example/%E4%B8%89.jpg', 'https://img.hostile.example/4.jpg'],
    });
    expect(parseTiptapDoc(article.body)).toEqual({ ok: true, doc: article.body });
  });

  it('keeps markup-looking text as text, and renders nothing that runs', () => {
    expect(article.bodyText).toContain('第二段正文<script>window.__xss=1</script>');
    const html = renderArticleHtml(article.body);
    expect(html).toContain('第二段正文&lt;script&gt;window.__xss=1&lt;/script&gt;');
    const elements = [...new JSDOM(html).window.document.body.querySelectorAll('*')];
    expect(new Set(elements.map((element) => element.localName))).toEqual(new Set(['p', 'a', 'figure', 'img']));
    const attributes = elements.flatMap((element) => [...element.attributes].map((attribute) => attribute.name));
    expect(new Set(attributes)).toEqual(new Set(['href', 'rel', 'src', 'alt', 'loading', 'decoding']));
    expect(elements.find((element) => element.localName === 'img' && element.getAttribute('alt')?.includes('onerror'))?.getAttribute('alt')).toBe('四" onerror="alert(1)');
  });
});
