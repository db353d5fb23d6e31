import { describe, expect, it } from 'vitest';
import { collectPageLines } from './light/collect-page-lines';
import { parseLightHtml } from './light/parse-light-html';
import { stripPageChrome } from './strip-page-chrome';

const article = '<p>湖北省知识产权局今日发布通知，全省专利授权量同比增长。</p>';

describe('stripPageChrome', () => {
  it('removes navigation, widgets, hidden and embedded content, and reports what a reader could see', () => {
    const document = parseLightHtml(
      `<body><nav><a href="/">首页</a><a href="/news">新闻</a></nav>` +
        `<div class="article"><h1>标题</h1><div class="share-box">分享到：微信</div>${article}` +
        `<div style="display: none">代开发票</div><script>alert(1)</script><form><p>输入卡号</p></form></div>` +
        `<div id="right-sidebar">热点排行</div><div class="foot">版权所有</div><header><a href="/">网站标志</a></header></body>`,
    );
    expect(stripPageChrome(document)).toEqual([
      { text: '首页新闻', rule: 'page-chrome' },
      { text: '分享到：微信', rule: 'page-chrome' },
      { text: '代开发票', rule: 'page-chrome' },
      { text: '输入卡号', rule: 'page-chrome' },
      { text: '热点排行', rule: 'page-chrome' },
      { text: '版权所有', rule: 'page-chrome' },
      { text: '网站标志', rule: 'page-chrome' },
    ]);
    expect(collectPageLines(document.body)).toEqual(['标题', '湖北省知识产权局今日发布通知，全省专利授权量同比增长。']);
  });

  it('keeps a widget-named wrapper that holds the headline, and a header inside the article', () => {
    const document = parseLightHtml(`<div class="main-nav-wrap"><article><header><h2>副题</h2></header><h1>标题</h1>${article}</article></div>`);
    expect(stripPageChrome(document)).toEqual([]);
    expect(collectPageLines(document.body)).toHaveLength(3);
  });

  it('cuts long removed text at 80 characters', () => {
    const [removal] = stripPageChrome(parseLightHtml(`<nav>${'频道'.repeat(100)}</nav>`));
    expect([...(removal?.text ?? '')]).toHaveLength(80);
    expect(removal?.text.endsWith('频…')).toBe(true);
  });
});
