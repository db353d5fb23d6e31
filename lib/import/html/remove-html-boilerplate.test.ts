import { describe, expect, it } from 'vitest';
import type { HtmlBlock } from './html-article';
import { removeHtmlBoilerplate } from './remove-html-boilerplate';

const paragraph = '湖北省知识产权局局长彭泉表示，全省知识产权系统克难奋进。';
const toBlocks = (texts: string[]): HtmlBlock[] => texts.map((text) => ({ type: 'paragraph', text }));

describe('removeHtmlBoilerplate', () => {
  it.each([
    ['订阅后阅读全文', 'paywall'],
    ['訂閱後閱讀全文', 'paywall'],
    ['本文为付费内容，登录后查看完整内容', 'paywall'],
    ['剩余85%内容', 'paywall'],
    ['字号：大 中 小', 'page-tools'],
    ['【字体：大 中 小】', 'page-tools'],
    ['【打印本页】 【关闭窗口】', 'page-tools'],
    ['【列印本頁】', 'page-tools'],
    ['发布时间：2024-07-10 来源：知识产权科 浏览次数：1523', 'page-info'],
    ['點擊數：88', 'page-info'],
    ['版面导航', 'epaper-nav'],
    ['第01版：要闻', 'epaper-nav'],
    ['上一篇 下一篇 返回目录', 'epaper-nav'],
    ['2024年07月10日 星期三往期回顾 PDF下载', 'epaper-nav'],
    ['本报记者 赵磊 钱程', 'byline'],
    ['記者 林佳蓉', 'byline'],
    ['分享到：微信 微博', 'footer'],
    ['扫一扫，分享到朋友圈', 'footer'],
    ['Copyright © 2024 华中新闻网', 'footer'],
    ['江城日报社版权所有 未经书面授权不得复制或建立镜像', 'footer'],
    ['北島日報 版權所有 © 2024 Beidao Daily. All rights reserved.', 'footer'],
    ['浙ICP备05012345号', 'footer'],
    ['责任编辑：王芳', 'editor-credit'],
    ['热门标签:电销机器人', 'seo-spam'],
  ])('classifies %s as %s', (text, rule) => {
    const { blocks, removed } = removeHtmlBoilerplate(toBlocks([paragraph, text, paragraph]), null);
    expect(removed).toEqual(rule === null ? [] : [{ text, rule }]);
    expect(blocks).toHaveLength(rule === null ? 3 : 2);
  });

  it.each([
    ['prose about subscriptions', '该报今年订阅量同比增长12%，读者可在线阅读全文电子版，也可到邮局办理订阅手续。'],
    ['prose starting with a reporter', '记者在现场看到，工人们正在紧张施工，预计月底完工。'],
    ['a short sentence about copyright', '法院认定该作品版权所有人为张某。'],
    ['prose mentioning an edition', '第01版刊发的评论文章引发广泛讨论，多位专家认为相关政策将持续发力并取得实效。'],
  ])('keeps %s', (_case, text) => {
    expect(removeHtmlBoilerplate(toBlocks([paragraph, text, paragraph]), null).removed).toEqual([]);
  });

  it('removes blocks repeating the title, ignoring spacing and punctuation', () => {
    const { blocks, removed } = removeHtmlBoilerplate(toBlocks(['湖北： 新征程', paragraph]), '湖北:新征程');
    expect(blocks.map(({ text }) => text)).toEqual([paragraph]);
    expect(removed).toEqual([{ text: '湖北： 新征程', rule: 'title' }]);
  });

  it('does not mistake a first short line for the title when the title is known', () => {
    const { blocks, removed } = removeHtmlBoilerplate(toBlocks(['各有关单位', paragraph]), '关于开展申报工作的通知');
    expect(blocks.map(({ text }) => text)).toEqual(['各有关单位', paragraph]);
    expect(removed).toEqual([]);
  });

  it('removes a related list until prose returns, keeping links of kept blocks', () => {
    const link = { text: '政策解读', href: 'https://example.com/a' };
    const input: HtmlBlock[] = [
      { type: 'paragraph', text: paragraph, links: [link] },
      ...toBlocks(['相关文章', '武汉示范区建设启动', '湖北品牌大赛', paragraph]),
    ];
    const { blocks, removed } = removeHtmlBoilerplate(input, null);
    expect(blocks).toEqual([{ type: 'paragraph', text: paragraph, links: [link] }, { type: 'paragraph', text: paragraph }]);
    expect(removed.map(({ rule }) => rule)).toEqual(['related-list', 'related-list', 'related-list']);
  });

  it('marks a short unpunctuated line between paragraphs as a heading', () => {
    const { blocks } = removeHtmlBoilerplate(toBlocks([paragraph, '强化保护显担当', paragraph]), null);
    expect(blocks.map(({ type }) => type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});
