import { describe, expect, it } from 'vitest';
import { collectPageLines } from './light/collect-page-lines';
import { parseLightHtml } from './light/parse-light-html';
import { pruneLinkLists } from './prune-link-lists';

const article = '<p>湖北省知识产权局今日发布通知，全省专利授权量同比增长。</p>';

describe('pruneLinkLists', () => {
  const links = (count: number) => Array.from({ length: count }, (_, index) => `<li><a href="/n/${index}">第${index}条新闻标题</a></li>`).join('');

  it('removes the smallest link lists and keeps the article beside them', () => {
    const document = parseLightHtml(`<div id="page"><ul class="channel">${links(4)}</ul><div>${article}</div><ol>${links(3)}</ol></div>`);
    const removed = pruneLinkLists(document.body);
    expect(removed.map(({ text }) => text)).toEqual(['第0条新闻标题 第1条新闻标题 第2条新闻标题 第3条新闻标题', '第0条新闻标题 第1条新闻标题 第2条新闻标题']);
    expect(collectPageLines(document.body)).toEqual(['湖北省知识产权局今日发布通知，全省专利授权量同比增长。']);
  });

  it('keeps text with only a few links, or with real prose among its links', () => {
    const twoLinks = `<p>详见<a href="/a">通知</a>和<a href="/b">附件</a></p>`;
    const prose = `<div>${article}<a href="/1">一</a><a href="/2">二</a><a href="/3">三</a></div>`;
    const document = parseLightHtml(twoLinks + prose + `<div><h1>标题</h1>${links(5)}</div>`);
    expect(pruneLinkLists(document.body)).toEqual([]);
  });
});
