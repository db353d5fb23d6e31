import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './collapse-whitespace';
import { collectPageLines } from './light/collect-page-lines';
import { getAttribute, type LightElement } from './light/light-node';
import { parseLightHtml } from './light/parse-light-html';
import { selectArticleRoot } from './select-article-root';

const paragraph = (text: string) => `<p>${text}，记者从湖北省知识产权局获悉，全省专利授权量同比增长，商标注册量持续上升。</p>`;
const headlineText = (element: LightElement) => collapseWhitespace(collectPageLines(element).join(' '));
const select = (html: string, title: string | null = null) => selectArticleRoot(parseLightHtml(html).body, title, headlineText);

describe('selectArticleRoot', () => {
  it('picks the container of the paragraphs over a sidebar of short items', () => {
    const { root, method } = select(`<div id="side"><p>热点一</p><p>热点二</p></div><div id="story">${paragraph('一')}${paragraph('二')}${paragraph('三')}</div>`);
    expect(method).toBe('scored');
    expect(getAttribute(root, 'id')).toBe('story');
  });

  it('takes text written straight into a container, split by <br>', () => {
    const { root } = select(`<div id="nav"><span>首页</span></div><div id="text">据悉，某某公司今日发布公告，公司将回购股份，金额不超过十亿元。<br>公告称，回购股份将用于员工持股计划，回购期限为十二个月。</div>`);
    expect(getAttribute(root, 'id')).toBe('text');
  });

  it('reaches out to the headline just outside the paragraphs, not to one across the page', () => {
    const nearby = select(`<div id="article"><h1>湖北专利授权量增长</h1><div class="info">2024-07-10</div><div id="body">${paragraph('一')}${paragraph('二')}</div></div>`, '湖北专利授权量增长');
    expect(getAttribute(nearby.root, 'id')).toBe('article');
    const farAway = select(
      `<div id="top"><h1>湖北专利授权量增长</h1><ul><li>频道</li></ul></div><div id="side"><p>热点</p></div><div id="body">${paragraph('一')}${paragraph('二')}${paragraph('三')}${paragraph('四')}${paragraph('五')}${paragraph('六')}${paragraph('七')}</div>`,
      '湖北专利授权量增长',
    );
    expect(getAttribute(farAway.root, 'id')).toBe('body');
  });

  it('joins sibling parts of an article that score nearly as well', () => {
    const { root } = select(`<div id="wrap"><div id="part1">${paragraph('一')}${paragraph('二')}</div><div id="ad">广告</div><div id="part2">${paragraph('三')}${paragraph('四')}</div></div>`);
    expect(root.children.filter((child) => child.kind === 'element').map((child) => getAttribute(child as LightElement, 'id'))).toEqual(['part1', 'part2']);
  });

  it('falls back to the densest block when no paragraph is long enough to score', () => {
    const { root, method } = select('<div id="a"><span>短句。</span></div><div id="b"><span>稍长一点的短句。</span><span>又一句。</span></div>');
    expect(method).toBe('densest-block');
    expect(getAttribute(root, 'id')).toBe('b');
  });
});
