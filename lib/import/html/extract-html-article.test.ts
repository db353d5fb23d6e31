import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HtmlArticle } from './extract-html-article';
import { extractHtmlArticle } from './extract-html-article';

const readFixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const pageUrl = 'https://example.com/news/2024/07/a.html';

interface Expected {
  fixture: string;
  title: string;
  titleSource: HtmlArticle['titleSource'];
  blocks: [HtmlArticle['blocks'][number]['type'], string][];
  removedRules: string[];
  meta: Partial<HtmlArticle['meta']>;
  absent: string[]; // navigation, footer and related-list text that must not reach the blocks
}

const cases: Expected[] = [
  {
    fixture: '01-mainland-portal.html',
    title: '武汉东湖高新区知识产权质押融资突破百亿元',
    titleSource: 'h1',
    blocks: [
      ['paragraph', '湖北日报讯（记者李文、通讯员周洁）今年上半年，武汉东湖高新区知识产权质押融资金额突破100亿元，同比增长32%，惠及科技型中小企业600余家。'],
      ['paragraph', '“过去轻资产企业贷款难，现在专利、商标都能变成‘真金白银’。”武汉某光电科技公司负责人说，公司凭借12项发明专利获得银行授信3000万元。'],
      ['heading', '评估难题有了新解法'],
      ['paragraph', '据介绍，东湖高新区建立了知识产权评估风险补偿资金池，由政府、银行、保险、评估机构共担风险，单笔贷款最高补偿比例达50%。'],
      ['paragraph', '下一步，高新区将扩大“专利+商标”组合质押试点，力争全年融资规模达到200亿元。详情可查阅东湖高新区知识产权局发布的政策解读。'],
    ],
    removedRules: ['title', 'page-info', 'source-line', 'editor-credit'],
    meta: {
      publishedAt: '2024-07-31 09:15:00',
      author: '张晓明',
      siteName: '华中新闻网',
      canonicalUrl: 'https://www.huazhong-news.example/hubei/2024-07/31/c_1130123.htm',
      description: '今年上半年，武汉东湖高新区知识产权质押融资金额突破100亿元，同比增长32%。',
    },
    absent: ['首页', '当前位置', '分享到', '微信', '相关新闻', '湖北出台知识产权强省建设实施方案', '热点排行', '关于我们', '版权所有', '举报电话'],
  },
  {
    fixture: '02-taiwan-news.html',
    title: '凱米颱風登陸 宜蘭山區累積雨量破千毫米',
    titleSource: 'og:title',
    blocks: [
      ['paragraph', '凱米颱風今晚在宜蘭南澳一帶登陸，中央氣象署指出，宜蘭山區24小時累積雨量已突破1000毫米，太平山測站更達1230毫米。'],
      ['paragraph', '氣象署預報員表示，颱風中心預計明天清晨由新竹附近出海，北部及東北部地區仍須嚴防豪雨造成的土石流與淹水。'],
      ['heading', '停班停課 全台22縣市宣布'],
      ['paragraph', '行政院人事行政總處統計，全台22縣市明天停止上班上課，完整名單可至停班停課專頁查詢，或參考氣象署颱風專區。'],
    ],
    removedRules: ['title', 'byline', 'editor-credit', 'related-list', 'related-list', 'related-list'],
    meta: {
      publishedAt: '2024-07-24T21:40:00+08:00',
      author: '林佳蓉',
      siteName: '北島日報',
      canonicalUrl: 'https://news.beidao.example/life/20240724/2891034',
    },
    absent: ['北島日報', '政治', '延伸閱讀', '颱風假怎麼放', '熱門新聞', '版權所有', '凱米颱風逼近'],
  },
  {
    fixture: '03-government-cms.html',
    title: '关于开展2024年度专利转化专项计划项目申报工作的通知',
    titleSource: 'title-tag',
    blocks: [
      ['paragraph', '各区知识产权管理部门，各有关单位：'],
      ['paragraph', '为深入实施专利转化运用专项行动，推动高校和科研机构存量专利加快转化，现就2024年度专利转化专项计划项目申报工作通知如下。'],
      ['heading', '一、申报对象'],
      ['paragraph', '在本市注册、具有独立法人资格的企业、高校和科研机构，近三年内无严重失信行为。'],
      ['heading', '二、申报时间'],
      ['paragraph', '申报时间为2024年7月15日至8月15日，逾期不予受理。申报材料请通过专利转化项目申报系统提交。'],
      ['paragraph', '联系人：刘敏，联系电话：0571-87654321。'],
      ['paragraph', '某某市市场监督管理局'],
      ['paragraph', '2024年7月10日'],
    ],
    removedRules: [],
    meta: { publishedAt: '2024-07-10 16:32', siteName: '某某市市场监督管理局', canonicalUrl: null, description: null },
    absent: ['网站首页', '您的位置', '发布时间', '浏览次数', '字号', '打印本页', '关闭窗口', '主办单位', '版权所有', 'ICP'],
  },
  {
    fixture: '04-content-farm.html',
    title: '湖北：砥砺“三牛精神” 奋进知识产权强省新征程',
    titleSource: 'h1',
    blocks: [
      ['paragraph', '近年来，湖北省知识产权局坚持以“孺子牛”“拓荒牛”“老黄牛”精神为引领，全省知识产权事业取得显著成效。'],
      ['paragraph', '截至2023年底，全省有效发明专利拥有量达到8.6万件，每万人口高价值发明专利拥有量达到9.1件。'],
      ['heading', '强化保护显担当'],
      ['paragraph', '湖北省先后建成7家国家级知识产权保护中心和快速维权中心，专利预审周期压缩至3个月以内。'],
    ],
    removedRules: ['breadcrumb', 'title', 'seo-spam', 'source-line', 'fake-tags', 'disclaimer', 'related-list', 'dated-item', 'dated-item', 'footer', 'footer'],
    meta: { publishedAt: null, author: null, siteName: null },
    absent: ['主页', '热门标签', '电销机器人', '标签', '太原', '声明', '相关文章', '浙江台州', '扫一扫', '版权所有', '推荐阅读', 'Copyright'],
  },
  {
    fixture: '05-paywall-teaser.html',
    title: '独家｜某新能源车企拟赴港上市，估值超千亿元',
    titleSource: 'h1',
    blocks: [['paragraph', '据多位知情人士透露，某新能源车企已秘密提交赴港上市申请，计划募资约20亿美元。']],
    removedRules: ['title', 'paywall', 'paywall', 'paywall'],
    meta: { publishedAt: '2024-07-12T08:00:00+08:00', siteName: '财经深读' },
    absent: ['订阅', '会员', '登录', '首页'],
  },
  {
    fixture: '06-epaper.html',
    title: '长江大保护十年：一江碧水向东流',
    titleSource: 'h1',
    blocks: [
      ['heading', '写在长江保护法实施三周年之际'],
      ['heading', '干流水质连续四年保持Ⅱ类'],
      ['paragraph', '7月9日清晨，在武汉江滩，市民刘大爷像往常一样沿着江岸晨练。“现在的江水清多了，江豚也回来了。”'],
      ['paragraph', '十年来，沿江各地累计关停化工企业8000余家，腾退岸线162公里，长江干流水质连续四年保持Ⅱ类。'],
      ['paragraph', '生态环境部门监测数据显示，长江江豚数量已恢复至1249头，比2017年增加23%。'],
    ],
    removedRules: ['title', 'byline'],
    meta: { publishedAt: null, author: '赵磊、钱程' },
    absent: ['版面导航', '第01版', '第02版', '上一篇', '下一篇', '返回目录', '往期回顾', 'PDF', '版权所有'],
  },
  {
    fixture: '07-hostile-markup.html',
    title: '市民反映老旧小区加装电梯进展缓慢',
    titleSource: 'h1',
    blocks: [
      ['paragraph', '家住城南幸福里小区的王女士来电反映，小区2022年启动加装电梯，至今仍未开工。'],
      ['paragraph', '记者从街道办了解到，目前该小区6个单元中已有4个单元完成意见征集，点此查看公示，另有两个单元仍在协调。'],
      ['paragraph', '街道办工作人员表示，将于本月底召开协调会，相关进展可关注街道公告或热线回访。'],
      ['paragraph', '居民如有意见，也可发送邮件至热线邮箱，或拨打12345热线反映。'],
    ],
    removedRules: ['title'],
    meta: { publishedAt: null, author: null },
    absent: ['注入的段落', '银行卡号', '代开发票', 'SVG文字', '请启用脚本', '模板里的段落', 'alert', 'document.', 'javascript'],
  },
];

describe.each(cases)('extractHtmlArticle on $fixture', ({ fixture, title, titleSource, blocks, removedRules, meta, absent }) => {
  const article = extractHtmlArticle(readFixture(fixture), { url: pageUrl });
  const bodyText = article.blocks.map((block) => block.text).join('\n');

  it('finds the title and where it came from', () => {
    expect(article.title).toBe(title);
    expect(article.titleSource).toBe(titleSource);
  });

  it('keeps exactly the article blocks, in order', () => {
    expect(article.blocks.map((block) => [block.type, block.text])).toEqual(blocks);
  });

  it('records every removed line with its rule', () => {
    expect(article.removed.map(({ rule }) => rule)).toEqual(removedRules);
    for (const { text } of article.removed) expect(bodyText).not.toContain(text);
  });

  it('reads the page metadata', () => {
    expect(article.meta).toMatchObject(meta);
  });

  it('leaves no navigation, footer, widget or related-list text in the blocks', () => {
    for (const phrase of absent) expect(bodyText).not.toContain(phrase);
  });

  it('keeps only absolute http(s) links and images', () => {
    const urls = [...article.blocks.flatMap((block) => block.links ?? []).map(({ href }) => href), ...article.images.map(({ src }) => src)];
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[^/\s]+\//u);
  });
});

describe('extractHtmlArticle links and images', () => {
  const linksOf = (article: HtmlArticle) => article.blocks.flatMap((block) => block.links ?? []);

  it('resolves relative links against the page and keeps link text', () => {
    const article = extractHtmlArticle(readFixture('02-taiwan-news.html'), { url: 'https://news.beidao.example/life/20240724/2891034' });
    expect(linksOf(article)).toEqual([
      { text: '停班停課專頁', href: 'https://news.beidao.example/life/20240724/2891001' },
      { text: '氣象署颱風專區', href: 'https://www.cwa.example/typhoon' },
    ]);
    expect(article.images).toEqual([
      { src: 'https://img.beidao.example/2024/07/24/kaemi.jpg', alt: '宜蘭南澳沿海風浪', caption: '凱米颱風逼近，宜蘭南澳沿海掀起巨浪。（記者林佳蓉攝）', afterBlock: -1 },
    ]);
  });

  it('takes a 图为 paragraph after an image as its caption, not as body text', () => {
    const article = extractHtmlArticle(readFixture('01-mainland-portal.html'), { url: 'https://www.huazhong-news.example/hubei/a.htm' });
    expect(article.images).toEqual([
      {
        src: 'https://www.huazhong-news.example/uploads/2024/07/31/ipr-loan.jpg',
        alt: '企业负责人在银行办理质押手续',
        caption: '图为企业负责人在银行办理知识产权质押手续。记者 李文 摄',
        afterBlock: 1,
      },
    ]);
  });

  it('drops javascript:, obfuscated javascript:, mailto: and data: addresses, and honours <base>', () => {
    const article = extractHtmlArticle(readFixture('07-hostile-markup.html'));
    expect(linksOf(article)).toEqual([{ text: '街道公告', href: 'https://minsheng.example/hotline/notice/2024/0712.html' }]);
    expect(article.images).toEqual([{ src: 'https://minsheng.example/uploads/2024/07/elevator.jpg', alt: '幸福里小区单元楼', caption: null, afterBlock: 3 }]);
  });

  it('drops relative links when the page address is unknown', () => {
    const article = extractHtmlArticle(readFixture('02-taiwan-news.html'));
    expect(linksOf(article)).toEqual([{ text: '氣象署颱風專區', href: 'https://www.cwa.example/typhoon' }]);
  });
});

describe('extractHtmlArticle edge cases', () => {
  it('flags a paywalled teaser and keeps its one sentence', () => {
    const article = extractHtmlArticle(readFixture('05-paywall-teaser.html'));
    expect(article.isPaywalled).toBe(true);
    expect(article.removed).toContainEqual({ text: '订阅后阅读全文', rule: 'paywall' });
  });

  it('returns no blocks for an empty page, using the fallback', () => {
    const article = extractHtmlArticle('');
    expect(article).toMatchObject({ title: null, titleSource: null, blocks: [], images: [], removed: [], extractor: 'densest-block' });
  });

  it('rejects a page address that is not http(s)', () => {
    expect(() => extractHtmlArticle('<p>x</p>', { url: 'javascript:alert(1)' })).toThrow(/not an http or https URL/u);
  });

  it('does not run scripts', () => {
    const article = extractHtmlArticle('<body><p id="x">原文。</p><script>document.getElementById("x").textContent = "被改写。"</script></body>');
    expect(article.blocks).toEqual([{ type: 'paragraph', text: '原文。' }]);
  });
});
