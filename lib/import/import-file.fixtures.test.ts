// Saved pages of every encoding and kind of noise (fixtures/pages, made by make-fixtures.ts),
// each imported end to end through importFile and checked against values written by hand.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../rich-text/tiptap-doc';
import { defaultMaxFileBytes, importFile } from './import-file';
import type { ImportedArticle, ImportReport, RemovedLine } from './import-result';

// As the page's history had it: UTF-8 read as GBK, lost bytes saved as ?.
const misread = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk').replaceAll('\ufffd', '?');
const readPage = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/pages/${name}`, import.meta.url)));
const textOf = (node: TiptapNode) => node.content?.map((child) => child.text).join('') ?? '';

interface Expected {
  file: string;
  article: Partial<ImportedArticle>;
  paragraphs: string[];
  report: Partial<ImportReport>;
  removedLines?: RemovedLine[];
  repairs?: [before: string, after: string, kind: string][];
  encodingReason?: RegExp;
}

const xiangyang = {
  article: {
    title: '襄阳高新区新增高新技术企业120家',
    titleIsProposed: false,
    excerpt: '今年以来，襄阳高新区新增高新技术企业120家，总数突破800家，居全省开发区前列。',
    sourceName: '襄阳日报',
    sourceUrl: null,
    byline: '王磊',
    datelinePlace: null,
    originalPublishedAt: '2024-06-18',
    script: 'HANS' as const,
  },
  paragraphs: [
    '本报讯（记者王磊）今年以来，襄阳高新区新增高新技术企业120家，总数突破800家，居全省开发区前列。',
    '高新区相关负责人介绍，园区设立专项资金支持企业研发，全年兑现奖补资金1.2亿元。',
  ],
  removedLines: [
    { line: '首页 新闻 襄阳', rule: 'page-chrome' as const },
    { line: '版权所有 襄阳新闻网', rule: 'page-chrome' as const },
    { line: '襄阳高新区新增高新技术企业120家', rule: 'title' as const },
    { line: '发布时间：2024-06-18 来源：襄阳日报', rule: 'page-info' as const },
    { line: '责任编辑：赵敏', rule: 'editor-credit' as const },
  ],
};

const cases: Expected[] = [
  {
    file: 'gbk-meta-says-utf-8.html',
    ...xiangyang,
    report: { kind: 'html', titleSource: 'h1', encoding: 'gb18030', pinyinStripped: 0, repairs: [], pageTags: ['襄阳', '高新技术企业'], warnings: [], needsReview: false },
    encodingReason: /^not valid UTF-8; GB18030 decodes cleanly .*; the declared charset utf-8 does not match$/u,
  },
  {
    file: 'utf-8-meta-says-gb2312.html',
    ...xiangyang,
    report: { kind: 'html', titleSource: 'h1', encoding: 'utf-8', warnings: [], needsReview: false },
    encodingReason: /^valid UTF-8 \(\d+ multi-byte characters\); the declared charset gb18030 is wrong, the bytes are UTF-8$/u,
  },
  {
    file: 'big5-taiwan.html',
    article: {
      title: '臺北市推動老屋健檢 補助上限提高至30萬元',
      sourceName: '中央新聞網',
      byline: '陳怡君',
      datelinePlace: '臺北',
      originalPublishedAt: '2024-07-15',
      script: 'HANT',
    },
    paragraphs: [
      '臺北市政府今天宣布，自民國113年8月1日起擴大老屋健檢補助，屋齡30年以上的公寓大廈均可申請，補助上限提高至30萬元。',
      '都市發展局表示，今年已受理申請案件1200件，較去年同期增加兩成，民眾可至各區公所或線上提出申請。',
    ],
    report: { kind: 'html', titleSource: 'h1', encoding: 'big5', warnings: [], needsReview: false },
    encodingReason: /^not valid UTF-8; Big5 decodes cleanly with \d+% of \d+ Han characters common, GB18030 decodes cleanly with \d+% /u,
    removedLines: [
      { line: '首頁 地方', rule: 'page-chrome' },
      { line: '臺北市推動老屋健檢 補助上限提高至30萬元', rule: 'title' },
      { line: '記者陳怡君／臺北報導', rule: 'byline' },
      { line: '發布日期：113年7月15日', rule: 'page-info' },
    ],
  },
  {
    file: 'utf-8-bom.html',
    article: {
      title: '国务院常务会议部署稳就业举措',
      excerpt: '国务院总理主持召开国务院常务会议，部署进一步稳就业的政策举措，要求各地抓紧落实。',
      sourceName: '新华社',
      sourceUrl: null, // the canonical link points at the site's home page
      byline: '张三',
      datelinePlace: '北京',
      originalPublishedAt: '2024-07-20',
    },
    paragraphs: [
      '新华社北京7月20日电（记者张三）国务院总理主持召开国务院常务会议，部署进一步稳就业的政策举措，要求各地抓紧落实。',
      '会议指出，要加大对中小微企业的支持力度，稳定就业岗位，做好高校毕业生等重点群体就业工作。',
    ],
    report: {
      kind: 'html',
      titleSource: 'og:title',
      encoding: 'utf-8 (BOM)',
      encodingReason: 'byte order mark EF BB BF (utf-8)',
      warnings: ["The dateline gives 7月20日 without a year; 2024 was taken from the page's date 2024-07-20."],
      needsReview: true,
    },
    removedLines: [],
  },
  {
    file: 'inline-pinyin.html',
    article: { title: '湖北發布第一批知識產權行政執法指導案例', byline: '吳采平', script: 'HANT' },
    paragraphs: [
      '本報訊(記者吳采平)湖北省知識產權局近日發布第一批知識產權行政執法指導案例，中國(武漢)知識產權保護中心參與評審。',
      '此次發布的案例涵蓋專利、商標等領域，全省共25個城市(地區)參與，世界衛生組織(WHO)專家也給予關注。',
    ],
    report: { kind: 'html', titleSource: 'title-tag', pinyinStripped: 14, repairs: [], warnings: [], needsReview: false },
  },
  {
    file: 'gbk-misalignment.html',
    article: { title: '恩施土豆品牌聲譽提升' },
    paragraphs: [
      '去年12月,湖北省知識產權局發布第一批知識產權行政執法指導案例。“這既體現了當前湖北省強化知識產權保護的突出成效。',
      '“我是吃著恩施小土豆長大的,我要為家鄉的特產代言。”今年〔?〕月,地理標志產品恩施土豆成為獲得金獎的品牌之一。現場,恩施巴東殘疾青年陳茲方講述了開網店的故事。',
    ],
    repairs: [
      ['?!斑@', '。“這', 'gbk-misalignment'],
      ['?!苯衲?', '。”今年〔?〕', 'gbk-misalignment'],
      ['?,F', '。現', 'gbk-misalignment'],
    ],
    report: {
      warnings: ['Garbled bytes were repaired, but 1 place(s) lost characters for good and are marked 〔?〕: “。”今年〔?〕月,地理”. An editor should fill them in from the source.'],
      needsReview: true,
    },
  },
  {
    file: 'utf-8-read-as-gbk.html',
    article: { title: '宜昌三峡旅游新区游客接待量创新高', byline: '刘洋', script: 'HANS' },
    paragraphs: [
      '本报讯（记者刘洋）今年上半年，宜昌三峡旅游新区累计接待游客达到历史同期最高水平，旅游综合收入同比增长两成。',
      '新区相关负责人表示，将继续完善交通和住宿配套，推出更多夜游和研学产品，吸引外地游客前来观光。',
    ],
    // What the garbled passages were is derived from the text they hide; the repairs must restore it.
    repairs: [
      [misread('宜昌三峡旅游新区游客接待量创新高'), '宜昌三峡旅游新区游客接待量创新高', 'utf8-read-as-gbk'],
      [
        misread('本报讯（记者刘洋）今年上半年，宜昌三峡旅游新区累计接待游客达到历史同期最高水平，旅游综合收入同比增长两成。'),
        '本报讯（记者刘洋）今年上半年，宜昌三峡旅游新区累计接待游客达到历史同期最高水平，旅游综合收入同比增长两成。',
        'utf8-read-as-gbk',
      ],
      [
        misread('新区相关负责人表示，将继续完善交通和住宿配套，推出更多夜游和研学产品，吸引外地游客前来观光。'),
        '新区相关负责人表示，将继续完善交通和住宿配套，推出更多夜游和研学产品，吸引外地游客前来观光。',
        'utf8-read-as-gbk',
      ],
    ],
    report: { kind: 'html', titleSource: 'h1', warnings: [], needsReview: false },
    removedLines: [{ line: '宜昌三峡旅游新区游客接待量创新高', rule: 'title' }],
  },
  {
    file: 'content-farm.html',
    article: { title: '武漢光谷專利轉化再提速', titleIsProposed: false, sourceName: null, script: 'HANT' },
    paragraphs: [
      '今年以來，武漢光谷累計完成專利轉讓許可1200餘件，專利轉化金額同比增長三成，一批高校專利走進企業生產線。',
      '光谷管委會表示，將持續完善專利轉化服務體系，推動更多科技成果在光谷落地轉化。',
    ],
    report: { kind: 'html', titleSource: 'disclaimer', pageTags: ['太原', '巴中', '武漢', '專利', '電銷機器人'], warnings: [], needsReview: false },
    removedLines: [
      { line: '代開發票 網絡博彩', rule: 'page-chrome' },
      { line: '主頁 > 知識庫 > 武漢光谷專利轉化再提速', rule: 'breadcrumb' },
      { line: '熱門標簽:電銷機器人價格 外呼系統哪家好 地圖標注審核', rule: 'seo-spam' },
      { line: '標簽:太原 巴中 武漢 專利', rule: 'fake-tags' },
      { line: '巨人網絡通訊聲明：本文標題《武漢光谷專利轉化再提速》，如發現本文內容存在版權問題，煩請告之我們，我們將及時刪除。', rule: 'disclaimer' },
      { line: '相關文章', rule: 'related-list' },
      { line: '湖北知識產權質押融資再創新高2024-07-08', rule: 'dated-item' },
      { line: '浙江臺州國家級知識產權保護中心通過驗收2024-07-10', rule: 'dated-item' },
    ],
  },
  {
    file: 'no-title.html',
    article: {
      title: '武汉市全面启动国家知识产权保护示范区建设',
      titleIsProposed: true,
      sourceName: '中国消费者报',
      byline: '吴采平',
      datelinePlace: '武汉',
      originalPublishedAt: '2024-07-31',
    },
    paragraphs: [
      '中国消费者报武汉讯(记者吴采平)7月31日,记者从武汉市市场监管局获悉,武汉市全面启动国家知识产权保护示范区建设,力争经过2年努力,顺利通过验收。',
      '2024年上半年,武汉市发明专利授权量13184件,同比增长16.04%,有效发明专利拥有量12.47万件。',
    ],
    report: {
      kind: 'html',
      titleSource: 'lead',
      warnings: [
        'The dateline gives 7月31日 without a year; 2024, the latest year the text mentions, was assumed.',
        'No title was found; “武汉市全面启动国家知识产权保护示范区建设” was proposed from the lead.',
      ],
      needsReview: true,
    },
    removedLines: [],
  },
];

describe.each(cases)('importFile on $file', ({ file, article, paragraphs, report, removedLines, repairs, encodingReason }) => {
  const result = importFile(readPage(file), file, { maxBytes: defaultMaxFileBytes });

  it('reads the article and its metadata', () => {
    expect(result.article).toMatchObject(article);
  });

  it('keeps exactly the article paragraphs', () => {
    expect(result.article.body.content.map((node) => [node.type, textOf(node)])).toEqual(paragraphs.map((text) => ['paragraph', text]));
    expect(result.article.bodyText).toBe(paragraphs.join('\n\n'));
  });

  it('reports encoding, cleaning and review', () => {
    expect(result.report).toMatchObject(report);
    if (encodingReason) expect(result.report.encodingReason).toMatch(encodingReason);
    if (removedLines) expect(result.report.removedLines).toEqual(removedLines);
    if (repairs) expect(result.report.repairs.map(({ before, after, kind }) => [before, after, kind])).toEqual(repairs);
    for (const { before, offset } of result.report.repairs) expect(result.original.slice(offset, offset + before.length)).toBe(before);
  });
});

describe('importFile on images-and-links.html', () => {
  const { article, report } = importFile(readPage('images-and-links.html'), 'images-and-links.html', { maxBytes: defaultMaxFileBytes });
  const link = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });

  it('places images with their captions where the page has them, resolving against <base> and dropping unsafe sources', () => {
    expect(article.body.content).toEqual([
      { type: 'image', attrs: { src: 'https://news.example.cn/hubei/2024/jiangtun.jpg', alt: '江豚跃出水面', caption: '江豚在长江宜昌段跃出水面。' } },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '农业农村部最新科考结果显示，长江江豚数量已恢复至1249头，比2017年增加23%，详见' },
          link('科考报告', 'https://news.example.cn/report/2024.html'),
          { type: 'text', text: '。' },
        ],
      },
      { type: 'image', attrs: { src: 'https://img.example.cn/2024/survey.jpg', alt: '科考船', caption: '图为科考船在长江中游开展监测。' } },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '科考人员提醒，市民如发现搁浅江豚请拨打救助热线，或发送邮件至救助邮箱，也可查看离线地图和' },
          link('保护指南', 'https://www.example.org/jiangtun'),
          { type: 'text', text: '。' },
        ],
      },
    ]);
    expect(JSON.stringify(article.body)).not.toMatch(/javascript:|data:|mailto:/u);
  });

  it('keeps the text of dropped links and reports only the title as removed', () => {
    expect(article.bodyText).toContain('救助热线，或发送邮件至救助邮箱，也可查看离线地图');
    expect(report.removedLines).toEqual([{ line: '长江江豚种群数量稳步恢复', rule: 'title' }]);
  });
});
