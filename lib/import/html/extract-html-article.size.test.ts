import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './extract-html-article';

const portal = readFileSync(new URL('../fixtures/html/01-mainland-portal.html', import.meta.url), 'utf8');
const navigationJunk = Array.from(
  { length: 12 },
  (_, index) => `<li><a href="/channel/${index}/">频道${index}</a><a href="/channel/${index}/hot.htm">今日热点新闻排行榜第${index}名</a></li>`,
).join('');
const targetBytes = 150 * 1024;

// Navigation blocks before and after the article until the page is 150 KB, as on portal home pages.
function inflate(html: string): string {
  const block = `<div class="channel-list"><ul>${navigationJunk}</ul></div>\n`;
  const count = Math.ceil((targetBytes - Buffer.byteLength(html)) / Buffer.byteLength(block) / 2);
  const junk = block.repeat(count);
  return html.replace('<div class="wrap">', `${junk}<div class="wrap">`).replace('<div class="footer">', `${junk}<div class="footer">`);
}

describe('extractHtmlArticle on a 150 KB page', () => {
  it('extracts the same article as from the bare page', () => {
    const page = inflate(portal);
    expect(Buffer.byteLength(page)).toBeGreaterThanOrEqual(targetBytes);
    const started = performance.now();
    const article = extractHtmlArticle(page, { url: 'https://www.huazhong-news.example/hubei/a.htm' });
    const elapsed = performance.now() - started;
    // Timings belong in benchmarks; this only reports one.
    console.info(`extractHtmlArticle: ${(Buffer.byteLength(page) / 1024).toFixed(0)} KB in ${elapsed.toFixed(0)} ms`);
    const bare = extractHtmlArticle(portal, { url: 'https://www.huazhong-news.example/hubei/a.htm' });
    expect(article.blocks).toEqual(bare.blocks);
    expect(article.removed).toEqual(bare.removed);
    expect(article.blocks.map(({ text }) => text).join('\n')).not.toContain('热点新闻排行榜');
  });
});
