import { readFileSync } from 'node:fs';
import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { tiptapDocSchema } from '@/lib/rich-text/tiptap-doc-schema';
import { articleEditorExtensions } from '../article-editor-extensions';
import { cleanPastedHtml } from './clean-pasted-html';

// jsdom stands in for the browser's DOMParser; its console complaints about Word's CSS are muted.
const parse = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const clean = (html: string) => cleanPastedHtml(html, parse);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// What the editor makes of the cleaned HTML, as ProseMirror parses a paste.
function toEditorDoc(html: string) {
  const container = parse('').createElement('div');
  container.innerHTML = html;
  return ProseMirrorDOMParser.fromSchema(getSchema(articleEditorExtensions)).parse(container).toJSON();
}

describe('cleanPastedHtml on a Word clipboard', () => {
  const cleaned = clean(fixture('word-clipboard.html'));

  it('keeps headings, paragraphs, marks, links and quotes; turns list paragraphs into nested lists', () => {
    expect(cleaned).toBe(
      [
        '<h2>五月份居民消费价格同比上涨0.3%</h2>',
        '<p>新华社北京6月3日电　国家统计局今天发布数据显示，<b>五月份居民消费价格</b>同比上涨0.3%。详见<a href="https://www.stats.gov.cn/sj/zxfb/">国家统计局网站</a>，<i>“物价总体平稳”</i>。</p>',
        '<h2>分项数据</h2>',
        '<ul><li><p>猪肉价格下降</p></li><li><p>鲜菜价格</p><ul><li><p>上涨4.2%</p></li></ul></li><li><p>能源价格</p></li></ul>',
        '<p>主要原因：</p>',
        '<ol><li><p>消费需求<s>回落</s>恢复</p></li><li><p>供给充足</p></li></ol>',
        '<blockquote><p>“物价总体平稳，符合预期。”</p></blockquote>',
      ].join(''),
    );
  });

  it('leaves nothing of Office behind: no comments, styles, o:p, VML, local images or classes', () => {
    expect(cleaned).not.toMatch(/<!--|<\/?\w+:|mso-|Mso|style=|class=|lang=|file:|clip_image|supportLists|font-family/);
  });

  it('gives the editor a body the article schema accepts', () => {
    const doc = toEditorDoc(cleaned);
    expect(tiptapDocSchema.safeParse(doc).error?.issues).toBeUndefined();
    expect(doc.content.map((node: { type: string }) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'paragraph', 'orderedList', 'blockquote']);
  });
});

describe('cleanPastedHtml on a news page', () => {
  const cleaned = clean(fixture('news-page-clipboard.html'));

  it('keeps the article and drops share buttons, ads, related links, hidden text, scripts and tracking pixels', () => {
    expect(cleaned).toBe(
      '<div><h2>湖北：砥砺“三牛精神”奋进新征程</h2><div>2021-06-03 08:30来源：<a href="https://news.example.cn/">新华网</a></div><div>' +
        '<p>新华社武汉6月3日电　（记者　张三）今年以来，湖北<strong>坚持稳中求进</strong>，<em>经济运行</em>持续向好。详见<a href="https://www.hubei.gov.cn/zwgk/2021/0603.html?id=7#top">湖北省政府网站</a>。</p>' +
        '<p><img src="https://img.example.cn/2021/06/wuhan.jpg" alt="武汉长江大桥"></p><p>图为武汉长江大桥。（记者　李四　摄）</p>' +
        '<h3>“三牛精神”</h3><blockquote><p>“为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛。”</p></blockquote>' +
        '<ul><li>一季度<strong>GDP</strong>增长<s>58.3%</s>58.3%</li><li>进出口总额创新高</li></ul><p>（责任编辑：王五）</p></div></div>',
    );
  });

  it('gives the editor a valid body with the lazy-loaded photo', () => {
    const doc = toEditorDoc(cleaned);
    expect(tiptapDocSchema.safeParse(doc).error?.issues).toBeUndefined();
    expect(JSON.stringify(doc)).toContain('{"type":"image","attrs":{"src":"https://img.example.cn/2021/06/wuhan.jpg","alt":"武汉长江大桥","caption":null}}');
    expect(JSON.stringify(doc)).not.toMatch(/分享|微信|广告|相关新闻|本文来源|tracker|baidu|_hmt/);
  });
});

describe('cleanPastedHtml', () => {
  it.each([
    ['scripts, styles, meta, link and comments', '<meta charset="utf-8"><link rel="stylesheet" href="x.css"><style>p{}</style><script>alert(1)</script><!-- note --><p>正文</p>', '<p>正文</p>'],
    ['event handlers, classes, ids and styles', '<p class="lead" id="p1" style="color:red" onclick="alert(1)" onmouseover="x()">正文</p>', '<p>正文</p>'],
    ['namespaced Office tags', '<p>甲<o:p>&nbsp;</o:p><w:sdt>乙</w:sdt></p>', '<p>甲</p>'],
    ['a javascript: link, keeping its text', '<p><a href="javascript:alert(1)">点我</a></p>', '<p>点我</p>'],
    ['a relative link, keeping its text', '<p><a href="/news/1.html" target="_blank">相对链接</a></p>', '<p>相对链接</p>'],
    ['tracking parameters, keeping the others', '<p><a href="https://a.cn/x?spm=1.2&amp;utm_source=x&amp;gclid=9&amp;page=2">链</a></p>', '<p><a href="https://a.cn/x?page=2">链</a></p>'],
    ['1×1 and zero-sized images', '<p>文<img src="https://a.cn/p.gif" width="1" height="1"><img src="https://a.cn/q.gif" style="width:0;height:0"></p>', '<p>文</p>'],
    ['beacons by their address', '<p>文<img src="https://stats.example.cn/beacon/1.gif"><img src="https://www.facebook.com/tr?id=1&amp;ev=PageView"></p>', '<p>文</p>'],
    ['images the body cannot hold', '<p>文<img src="data:image/png;base64,iVBORw0KGgo="><img src="file:///C:/a.png"><img src="javascript:alert(1)"><img src="a.png"></p>', '<p>文</p>'],
    ['hidden elements', '<p>见<span style="display:none">隐藏</span><span style="mso-hide:all">隐</span>报</p>', '<p>见报</p>'],
    ['Google Docs’ not-bold wrapper', '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">粗</span>细</p></b>', '<p><strong>粗</strong>细</p>'],
    ['paragraphs with nothing but spaces', '<p>&nbsp;</p><p>\u3000</p><p>字</p><div><span> </span></div>', '<p>字</p>'],
  ])('drops %s', (_name, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it.each([
    ['h1 as h2 and h4 to h6 as h3', '<h1>一</h1><h4>四</h4><h6>六</h6>', '<h2>一</h2><h3>四</h3><h3>六</h3>'],
    ['italic and struck-through styles as marks', '<p><span style="font-style:italic">斜</span><span style="text-decoration-line: line-through">删</span></p>', '<p><em>斜</em><s>删</s></p>'],
    ['an image with its alt text and caption', '<figure class="img"><img src="https://img.example.cn/a.jpg" alt="图" width="640" height="480" srcset="a-2x.jpg 2x"><figcaption class="c">说明</figcaption></figure>', '<figure><img src="https://img.example.cn/a.jpg" alt="图"><figcaption>说明</figcaption></figure>'],
    ['photos whose address only looks like a tracker', '<p><img src="https://img.example.cn/track-and-field/counter-attack.jpg" alt="田径"><img src="https://img.example.cn/pixel-art/1.png" alt=""></p>', '<p><img src="https://img.example.cn/track-and-field/counter-attack.jpg" alt="田径"><img src="https://img.example.cn/pixel-art/1.png" alt=""></p>'],
    ['the editor’s own slice marker', '<p data-pm-slice="1 1 []">半段</p>', '<p data-pm-slice="1 1 []">半段</p>'],
    ['full-width punctuation exactly', '<p>“引号”‘单引’「直角」『双直角』，。、；：？！（）《》——……　</p>', '<p>“引号”‘单引’「直角」『双直角』，。、；：？！（）《》——……　</p>'],
    ['line breaks in code', '<pre><code>第一行\n第二行</code></pre>', '<pre><code>第一行\n第二行</code></pre>'],
    ['a space typed between Chinese words', '<p>中文 排版</p>', '<p>中文 排版</p>'],
  ])('keeps %s', (_name, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it('joins Chinese text that the page source wrapped across lines', () => {
    expect(clean('<p>国家统计局\n  今天发布，\r\n数据。English\nwords</p>')).toBe('<p>国家统计局今天发布，数据。English\nwords</p>');
  });

  it('numbers a Word list from its first marker and reads Chinese markers as numbered', () => {
    const item = (marker: string, text: string, level = 1) =>
      `<p class=MsoListParagraph style='mso-list:l3 level${level} lfo4'><![if !supportLists]><span><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span></span><![endif]>${text}</p>`;
    expect(clean(item('3.', '三') + item('4.', '四'))).toBe('<ol start="3"><li><p>三</p></li><li><p>四</p></li></ol>');
    expect(clean(item('一、', '甲') + item('（1）', '子', 2) + item('二、', '乙'))).toBe('<ol><li><p>甲</p><ol><li><p>子</p></li></ol></li><li><p>乙</p></li></ol>');
    expect(clean(item('§', '甲') + '<p>正文</p>' + item('Ø', '乙'))).toBe('<ul><li><p>甲</p></li></ul><p>正文</p><ul><li><p>乙</p></li></ul>');
  });
});
