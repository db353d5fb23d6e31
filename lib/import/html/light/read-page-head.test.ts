import { describe, expect, it } from 'vitest';
import { collectPageLines } from './collect-page-lines';
import { parseLightHtml } from './parse-light-html';
import { readPageHead } from './read-page-head';

describe('readPageHead', () => {
  it('reads meta tags (first of a key wins, keys lower-cased), title, h1s, canonical, base and time', () => {
    const head = readPageHead(
      parseLightHtml(
        `<title> 标题 _ 网站 </title><meta name="PubDate" content="2024-07-10"><meta property="og:title" content="甲">` +
          `<meta property="og:title" content="乙"><meta name="empty" content=""><link rel="stylesheet" href="/a.css">` +
          `<link rel="Canonical" href="/news/1.html"><base href="https://a.example/"><body><h1>标 题</h1>` +
          `<time datetime=" 2024-07-10T08:00:00+08:00 ">7月10日</time><div><h1>第二个</h1></div></body>`,
      ),
    );
    expect(head).toEqual({
      metaTags: new Map([['pubdate', '2024-07-10'], ['og:title', '甲']]),
      titleText: '标题 _ 网站',
      h1Texts: ['标 题', '第二个'],
      canonicalHref: '/news/1.html',
      baseHref: 'https://a.example/',
      timeDatetime: '2024-07-10T08:00:00+08:00',
    });
  });
});

describe('collectPageLines', () => {
  it('gives one line per block and <br>, joining Chinese text split across source lines', () => {
    const document = parseLightHtml('<div>第一行<br>第二\n  行<p>段落 <b>加粗</b></p><script>x()</script><ul><li>一</li><li>二</li></ul></div>');
    expect(collectPageLines(document.body)).toEqual(['第一行', '第二行', '段落 加粗', '一', '二']);
  });
});
