import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from './remove-boilerplate';

const paragraph = '湖北省知識產權局局長彭泉表示,全省知識產權系統克難奮進。';

describe('removeBoilerplate', () => {
  it.each([
    ['主頁 > 知識庫 > 湖北:砥礪“三牛精神”奮進新征程', 'breadcrumb'],
    ['首页 > 新闻 > 标题', 'breadcrumb'],
    ['熱門標簽:感德地圖標注 企業電話外呼系統有哪些', 'seo-spam'],
    ['热门标签:咸宁电销机器人供应商', 'seo-spam'],
    ['標簽:太原 巴中 湖州 汕頭', 'fake-tags'],
    ['标签:太原 巴中', 'fake-tags'],
    ['標籤：太原', 'fake-tags'],
    ['來源: 中國知識產權報/中國知識產權資訊網', 'source-line'],
    ['来源：中国知识产权报', 'source-line'],
    ['原文链接:https://example.com/a/1.html', 'source-line'],
    ['责任编辑:张三', 'editor-credit'],
    ['(責任編輯:李四)', 'editor-credit'],
    ['巨人網絡通訊聲明:本文標題《湖北》,如發現本文內容存在版權問題,煩請告之我們。', 'disclaimer'],
    ['免责声明:本站内容来源于网络。', 'disclaimer'],
    ['  • 相關文章', 'related-list'],
    ['推荐文章', 'related-list'],
    ['下面列出與本文章《湖北》相關的同類信息!', 'related-list'],
    ['本頁收集關於湖北的相關信息資訊供網民參考!', 'related-list'],
    ['浙江臺州國家級知識產權保護中心通過驗收2024-07-10', 'dated-item'],
    ['保護知識產權 激發創新活力 | 校地共建 浙江紹興知識產權人才培...2024-07-03', 'dated-item'],
    ['-', 'separator'],
    ['———', 'separator'],
    ['官方微信公眾號', 'footer'],
    ['官方微博', 'footer'],
    ['扫一扫关注我们', 'footer'],
    ['本文来源：新华网', 'source-line'],
    ['文章來源:中央社', 'source-line'],
    // Page furniture that text dumps copied from web pages carry too.
    ['發佈時間：2024-07-10 來源：知識產權科 瀏覽次數：1523', 'page-info'],
    ['发布时间：2024-07-10', 'page-info'],
    ['2024-07-31 09:15 来源：湖北日报', 'page-info'],
    ['2024年7月31日 作者：张三 编辑：李四', 'page-info'],
    ['【打印本頁】 【關閉窗口】', 'page-tools'],
    ['訂閱後閱讀全文', 'paywall'],
    ['上一篇 下一篇 返回目錄', 'epaper-nav'],
    ['江城日報社版權所有 未經書面授權不得複製', 'footer'],
    ['浙ICP备05012345号', 'footer'],
    ['本報記者 趙磊 錢程', 'byline'],
    ['記者林佳蓉／宜蘭報導 2024/07/24 21:40', 'byline'],
    ['作者：张三', 'byline'],
  ])('removes %s as %s', (line, rule) => {
    const result = removeBoilerplate([paragraph, line]);
    expect(result.removedLines).toEqual([{ line: line.trim(), rule }]);
    expect(result.lines).toEqual([paragraph]);
  });

  it.each([
    ['prose that mentions a source', '記者從湖北省知識產權局獲悉,來源於群眾的線索增多。'],
    ['prose ending in a date sentence', '該辦法自2024-07-10起施行。'],
    ['a dash inside a sentence', '武漢-鄂州同城化發展。'],
    ['a long line that starts like a footer', `官方微博${'發布了湖北省知識產權保護工作的最新進展情況,'.repeat(3)}`],
    ['a subheading', '強化保護顯擔當'],
  ])('keeps %s', (_case, line) => {
    const result = removeBoilerplate([paragraph, line, paragraph]);
    expect(result.title).toBeNull();
    expect(result.removedLines).toEqual([]);
    expect(result.lines).toEqual([paragraph, line, paragraph]);
  });

  it('removes the line repeating the breadcrumb title, and keeps blank lines', () => {
    const result = removeBoilerplate(['主頁 > 知識庫 > 湖北:新征程', '', '湖北:新征程', '', paragraph]);
    expect(result.title).toBe('湖北:新征程');
    expect(result.lines).toEqual(['', '', paragraph]);
    expect(result.removedLines.map(({ rule }) => rule)).toEqual(['breadcrumb', 'title']);
  });

  it('takes a first title-shaped line followed by prose as the title', () => {
    const result = removeBoilerplate(['湖北:新征程', paragraph]);
    expect(result.title).toBe('湖北:新征程');
    expect(result.removedLines).toEqual([{ line: '湖北:新征程', rule: 'title' }]);
  });

  it('removes the list after a related-articles header until prose returns', () => {
    const lines = [paragraph, '相關文章', '• 武漢示范區建設啟動', '湖北品牌大賽', '', paragraph];
    const result = removeBoilerplate(lines);
    expect(result.lines).toEqual([paragraph, '', paragraph]);
    expect(result.removedLines.map(({ rule }) => rule)).toEqual(['related-list', 'related-list', 'related-list']);
  });

  it('removes a disclaimer continuation line', () => {
    const lines = [paragraph, '免責聲明:以上內容轉載自網絡。', '本站不承擔任何版權責任。', paragraph];
    const result = removeBoilerplate(lines);
    expect(result.lines).toEqual([paragraph, paragraph]);
    expect(result.removedLines.map(({ rule }) => rule)).toEqual(['disclaimer', 'disclaimer']);
  });
});

describe('removeBoilerplate title fallback', () => {
  it('takes the title a disclaimer quotes when there is no breadcrumb', () => {
    const lines = ['湖北:新征程', paragraph, '巨人網絡通訊聲明:本文標題《湖北:新征程》,本站內容系統采集于網絡。'];
    const result = removeBoilerplate(lines);
    expect(result.title).toBe('湖北:新征程');
    expect(result.lines).toEqual([paragraph]);
  });
});
