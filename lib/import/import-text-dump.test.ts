import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../rich-text/tiptap-doc';
import { ImportError, importTextDump } from './import-text-dump';
import { stripPinyin } from './strip-pinyin';

const readSample = (name: string) => new Uint8Array(readFileSync(new URL(`../../content/samples/${name}`, import.meta.url)));
const consumerNews = readSample('000_082a931f3e294f16.txt');
const hubeiNews = readSample('003_19f9f1bee9563f76.txt');

const textOf = (node: TiptapNode) => node.content?.map((child) => child.text).join('') ?? '';
const blocksOf = (bytes: Uint8Array) => importTextDump(bytes, 'sample.txt').article.body.content;
const tonedAnnotation = /[(（][a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]*[)）]/u;
const boilerplate = ['主頁 >', '熱門標簽', '標簽:', '來源:', '聲明', '相關文章', '推薦文章', '下面列出', '本頁收集', '官方微信', '官方微博', '2024-07-10'];

describe.each([
  ['000', consumerNews, 229, 1],
  ['003', hubeiNews, 42, 8],
])('importTextDump on sample %s', (_name, bytes, annotations, repairCount) => {
  const { article, report } = importTextDump(bytes, 'sample.txt');

  it(`strips all ${annotations} pinyin annotations and leaves none`, () => {
    expect(report.pinyinStripped).toBe(annotations);
    expect(stripPinyin(`${article.title}\n${article.bodyText}`).count).toBe(0);
    expect(article.bodyText).not.toMatch(tonedAnnotation);
  });

  it('leaves no boilerplate in the body', () => {
    for (const phrase of boilerplate) expect(article.bodyText).not.toContain(phrase);
  });

  it('builds a valid Tiptap body that matches bodyText', () => {
    for (const node of article.body.content) {
      expect(['paragraph', 'heading']).toContain(node.type);
      for (const child of node.content ?? []) expect(child).toEqual({ type: 'text', text: expect.stringMatching(/\S/u) });
    }
    expect(article.bodyText).toBe(article.body.content.map(textOf).join('\n\n'));
  });

  it('detects Traditional script and flags the article for review', () => {
    expect(article.script).toBe('HANT');
    expect(report.encoding).toBe('utf-8');
    expect(report.encodingReason).toMatch(/^valid UTF-8/);
    expect(report.needsReview).toBe(true);
  });

  it(`repairs all ${repairCount} garbled span(s) and leaves no suspected mojibake`, () => {
    expect(report.repairs).toHaveLength(repairCount);
    expect(report.warnings.some((warning) => warning.startsWith('Suspected mojibake'))).toBe(false);
    expect(`${article.title}\n${article.bodyText}`).not.toMatch(/[\u{E000}-\u{F8FF}]|\?[!,]|\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
  });
});

describe('importTextDump golden: 000 (dateline lead, no title)', () => {
  const { article, report } = importTextDump(consumerNews, '000.txt');
  const blocks = article.body.content;

  it('proposes a title from the lead and reads the dateline', () => {
    expect(article).toMatchObject({
      title: '武漢市全面啟動國家知識產權保護示范區建設',
      titleIsProposed: true,
      sourceName: '中國消費者報',
      sourceUrl: null,
      byline: '吳采平',
      datelinePlace: '武漢',
      originalPublishedAt: '2024-07-31',
    });
    expect(report.warnings).toContain('No title was found; “武漢市全面啟動國家知識產權保護示范區建設” was proposed from the lead.');
    expect(report.warnings).toContain(
      'The dateline gives 7月31日 without a year; 2024, the latest year the text mentions, was assumed.',
    );
  });

  it('keeps the six paragraphs, dateline included, and no headings', () => {
    expect(blocks.map((block) => block.type)).toEqual(Array(6).fill('paragraph'));
    expect(textOf(blocks[0]!)).toBe(
      '中國消費者報武漢訊(記者吳采平)7月31日,記者從湖北省武漢市市場監管局(武漢市知識產權局)獲悉,武漢市全面啟動國家知識產權保護示范區建設,力爭經過2年努力,順利通過國家知識產權保護示范區建設評估驗收。今年上半年,武漢市發明專利授權已突破上萬件。',
    );
    expect(textOf(blocks[3]!)).toBe(
      '目前,全國共遴選25個城市(地區)開展國家知識產權保護示范區建設工作,武漢是湖北省唯一入選國家知識產權保護示范區建設的城市。',
    );
    expect(textOf(blocks[5]!)).toBe(
      '2024年上半年,武漢市發明專利授權量13184件,同比增長16.04%,有效發明專利擁有量12.47萬件,同比增長19.22%,每萬人口發明專利擁有量90.56件,同比增長18.92%,每萬人口高價值發明專利擁有量37.43件,同比增長21.33%。',
    );
  });

  it('repairs the garbled 當地經濟 and logs the repair', () => {
    expect(textOf(blocks[2]!)).toBe(
      '國家知識產權保護示范區是知識產權領域首個經國務院批準的國家級示范項目,旨在通過保護示范區建設,深化體制機制改革,提升區域內知識產權保護水平和能力,助力當地經濟高質量創新發展,同時形成一批可復制、可推廣的經驗,帶動全國知識產權保護水平整體提升。',
    );
    expect(report.repairs).toEqual([{ before: '?shù)亟?jīng)', after: '地經', confidence: expect.any(Number), offset: 336, kind: 'gbk-misalignment' }]);
    expect(report.warnings).toHaveLength(2);
  });

  it('takes the excerpt from the lead without its dateline', () => {
    expect(article.excerpt).toBe(
      '記者從湖北省武漢市市場監管局(武漢市知識產權局)獲悉,武漢市全面啟動國家知識產權保護示范區建設,力爭經過2年努力,順利通過國家知識產權保護示范區建設評估驗收。今年上半年,武漢市發明專利授權已突破上萬件。',
    );
  });

  it('reports the related list, separators and footers it removed', () => {
    const dated = ['separator', 'dated-item'];
    expect(report.removedLines.map(({ rule }) => rule)).toEqual([...dated, ...dated, ...dated, ...dated, ...dated, 'footer', 'footer']);
    expect(report.removedLines[1]).toEqual({ line: '浙江臺州國家級知識產權保護中心通過驗收2024-07-10', rule: 'dated-item' });
    expect(report.removedLines.at(-1)).toEqual({ line: '官方微博', rule: 'footer' });
  });
});

describe('importTextDump golden: 003 (breadcrumb title, subheadings)', () => {
  const { article, report } = importTextDump(hubeiNews, '003.txt');
  const blocks = article.body.content;

  it('takes the title from the breadcrumb and the source from the source line', () => {
    expect(article).toMatchObject({
      title: '湖北:砥礪“三牛精神”奮進新征程',
      titleIsProposed: false,
      sourceName: '中國知識產權報',
      sourceUrl: null,
      byline: null,
      datelinePlace: null,
      originalPublishedAt: null,
    });
  });

  it('keeps ten paragraphs and the two subheadings', () => {
    expect(blocks).toHaveLength(12);
    expect(blocks.filter((block) => block.type === 'paragraph')).toHaveLength(10);
    expect(blocks.filter((block) => block.type === 'heading').map(textOf)).toEqual(['強化保護顯擔當', '品牌打造促發展']);
    expect(blocks[2]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '強化保護顯擔當' }] });
    expect(blocks[6]?.type).toBe('heading');
    expect(textOf(blocks[0]!)).toBe(
      '2020年,湖北省全年專利授權總量增長48.91%,達到11萬件,其中,發明專利授權1.76萬件,同比增長23.82%;每萬人口發明專利擁有量達12.41件,比上年底增長23.6%;商標有效注冊量達66.5萬件,同比增長21.63%;新注冊地理標志商標33件,同比增長26.92%。這是湖北省開展知識產權工作交出的滿意答卷。',
    );
    expect(textOf(blocks[11]!)).toBe(
      '“面對新階段新形勢新要求,全省各級知識產權管理部門必須以更加強烈的使命擔當、更加過硬的政治能力、更加科學的戰略運籌、更加高強的業務本領、更加一流的隊伍形象,切實加強自身建設,砥礪‘孺子牛’‘拓荒牛’‘老黃牛’精神,努力展現新氣象、奮進新征程。”彭泉表示。',
    );
  });

  it('repairs the garbled quotations, keeping genuine text around them', () => {
    expect(textOf(blocks[3]!)).toBe(
      '去年12月,“武漢市東湖新技術開發區市場監管局查處武漢科順聯合防水工程有限公司侵犯‘CKS科順’注冊商標專用權案”成功入選由國家知識產權局發布的第一批知識產權行政執法指導案例。“這既體現了當前湖北省強化知識產權保護的突出成效,也展示了我們嚴格知識產權行政保護的決心,對全省知識產權系統進一步統一執法標準,提升辦案水平起到良好的促進作用。”彭泉表示。',
    );
    expect(textOf(blocks[4]!)).toBe(
      '“此外,我們深入開展知識產權保護體系建設,不斷提升知識產權行政保護效能和維權援助工作效率。”彭泉表示,2020年,湖北省不斷加強行政執法力度,深入開展“鐵拳”“藍天”行動,全系統查處商標、專利等知識產權案件632件,案值3142萬元,罰沒金額1180萬元;武漢、宜昌、孝感、荊州、隨州積極開展省級專利侵權糾紛行政裁決示范建設,共辦理專利侵權糾紛和電商領域案件1320件,同比增長10%。',
    );
    expect(textOf(blocks[8]!)).toBe(
      '“我是吃著恩施小土豆長大的,我要為家鄉的特產代言。”今年〔?〕月,在湖北省首次舉辦的“我喜愛的湖北品牌”電視大賽決賽中,地理標志產品恩施土豆成為獲得金獎的品牌之一。現場,恩施巴東殘疾青年陳茲方講述的通過開網店,幫助鄉親們銷售恩施土豆并帶動村民一起致富的故事,打動了許多觀眾,也讓“恩施土豆”品牌聲譽進一步提升。',
    );
  });

  it('ends the excerpt cleanly at a clause boundary', () => {
    expect(article.excerpt).toBe(
      '2020年,湖北省全年專利授權總量增長48.91%,達到11萬件,其中,發明專利授權1.76萬件,同比增長23.82%;每萬人口發明專利擁有量達12.41件,比上年底增長23.6%;商標有效注冊量達66.5萬件,同比增長21.63%…',
    );
  });

  it('reports every removed line with its rule', () => {
    expect(report.removedLines.map(({ rule }) => rule)).toEqual([
      'breadcrumb',
      'title',
      'seo-spam',
      'source-line',
      'fake-tags',
      'disclaimer',
      'related-list',
      'related-list',
      'related-list',
      'related-list',
    ]);
    expect(report.removedLines[4]).toEqual({ line: '標簽:太原 巴中 湖州 汕頭 昌都 東莞 湖州 阿拉善盟', rule: 'fake-tags' });
  });

  it('logs every repair (the one in the disclaimer too) and flags the lost month for an editor', () => {
    expect(report.repairs.map(({ before, after }) => [before, after])).toEqual([
      ['?!斑@', '。“這'],
      ['?!迸砣\uE010硎?', '。”彭泉表示'],
      ['?!苯衲?', '。”今年〔?〕'],
      ['?,F', '。現'],
      ['?!\uE1D6\uE1A4鼗呐!\uE1D6\uE197宵S', '牛’‘拓荒牛’‘老黃'],
      ['?!\uE1F3\uE086?', '牛’精神'],
      ['?!迸砣\uE010硎?', '。”彭泉表示'],
      ['?zhí)峁┫嚓P', '提供相關'],
    ]);
    for (const { confidence } of report.repairs) expect(confidence).toBeGreaterThan(0.5);
    expect(report.warnings).toEqual([
      'Garbled bytes were repaired, but 1 place(s) lost characters for good and are marked 〔?〕: “。”今年〔?〕月,在湖”. An editor should fill them in from the source.',
    ]);
    expect(report.needsReview).toBe(true);
  });
});

describe('importTextDump input handling', () => {
  it('gives the same article for a BOM-prefixed, CRLF copy and reports the BOM', () => {
    const crlf = new TextEncoder().encode(new TextDecoder().decode(hubeiNews).replace(/\n/gu, '\r\n'));
    const result = importTextDump(new Uint8Array([0xef, 0xbb, 0xbf, ...crlf]), '003.txt');
    expect(result.report.encoding).toBe('utf-8 (BOM)');
    expect(result.article).toEqual(importTextDump(hubeiNews, '003.txt').article);
    expect(blocksOf(hubeiNews)).toHaveLength(12);
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a binary file', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /NUL bytes/],
    ['a file in no supported encoding', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21, 0x0a]), /not valid UTF-8, GB18030 \(GBK, GB2312\) or Big5/],
    ['a file of boilerplate only', new TextEncoder().encode('官方微博\n-\n標簽:太原 巴中\n'), /no article text left/],
  ])('rejects %s with an ImportError', (_case, bytes, message) => {
    expect(() => importTextDump(bytes, 'upload.txt')).toThrow(ImportError);
    expect(() => importTextDump(bytes, 'upload.txt')).toThrow(message);
  });
});
