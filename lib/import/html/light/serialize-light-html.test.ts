import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../parse-html-document';
import { collectPageLines } from './collect-page-lines';
import { parseLightHtml } from './parse-light-html';
import { serializeLightHtml } from './serialize-light-html';

describe('serializeLightHtml', () => {
  it('writes well-formed HTML that parses back to the same text, without scripts or handlers', () => {
    const html = `<title>标题 &amp; 副题</title><base href="/old/"><p onclick="x()">一 &lt;b&gt; 二<script>alert(1)</script></p><img src="a.jpg" alt='"引"'><div/><ul><li>三<li>四</ul>`;
    const light = parseLightHtml(html);
    const serialized = serializeLightHtml(light, 'https://example.com/news/');
    expect(serialized).not.toMatch(/script|onclick|\/old\//u);
    const document = parseHtmlDocument(serialized);
    expect(document.title).toBe('标题 & 副题');
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('"引"');
    expect((document.querySelector('img') as HTMLImageElement).src).toBe('https://example.com/news/a.jpg');
    const lines = (document.body.textContent ?? '').replace(/\s+/gu, '');
    expect(lines).toBe(collectPageLines(light.body).join('').replace(/\s+/gu, ''));
  });
});
