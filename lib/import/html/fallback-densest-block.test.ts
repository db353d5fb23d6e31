import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectHtmlBlocks } from './collect-html-blocks';
import { fallbackDensestBlock } from './fallback-densest-block';
import { parseLightHtml } from './light/parse-light-html';
import { getAttribute } from './light/light-node';
import { removeHtmlBoilerplate } from './remove-html-boilerplate';
import { stripPageChrome } from './strip-page-chrome';

const parseFixture = (name: string) => parseLightHtml(readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8'));

describe('fallbackDensestBlock', () => {
  it.each([
    ['01-mainland-portal.html', 'content'],
    ['03-government-cms.html', 'zoom'],
    ['06-epaper.html', 'ozoom'],
    ['07-hostile-markup.html', 'main'],
  ])('picks the article container of %s, not the link-heavy navigation', (fixture, id) => {
    const document = parseFixture(fixture);
    stripPageChrome(document);
    expect(getAttribute(fallbackDensestBlock(document.body), 'id')).toBe(id);
  });

  it('picks the text in a <br>-separated div over a longer list of links', () => {
    const links = Array.from({ length: 40 }, (_, index) => `<a href="/n/${index}">第${index}条新闻标题比较长一些</a>`).join('');
    const document = parseLightHtml(`<body><div id="nav">${links}</div><div id="text">据悉，某某公司今日发布公告。<br>公告称，公司将回购股份。</div></body>`);
    const container = fallbackDensestBlock(document.body);
    expect(getAttribute(container, 'id')).toBe('text');
    expect(collectHtmlBlocks(container, { baseUrl: '' }).map(({ text }) => text)).toEqual(['据悉，某某公司今日发布公告。', '公告称，公司将回购股份。']);
  });

  it('lets the line rules clean the e-paper navigation', () => {
    const document = parseFixture('06-epaper.html');
    const { blocks, removed } = removeHtmlBoilerplate(collectHtmlBlocks(document.body, { baseUrl: '' }), '长江大保护十年：一江碧水向东流');
    expect(new Set(removed.map(({ rule }) => rule))).toEqual(new Set(['epaper-nav', 'title', 'byline', 'footer']));
    expect(blocks.map(({ text }) => text).join('\n')).not.toMatch(/版面导航|第0\d版|上一篇|下一篇|返回目录|往期回顾|PDF/u);
  });
});
