import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake';
import { stripPinyin } from './strip-pinyin';

const readSample = (name: string) =>
  stripPinyin(readFileSync(new URL(`../../content/samples/${name}`, import.meta.url), 'utf8')).text;

describe('repairMojibake', () => {
  it.each([
    ['a phantom syllable on each side (000)', '助力當?shù)亟?jīng)濟高質量', '助力當地經濟高質量', '?shù)亟?jīng)', '地經'],
    ['an opening quote resynchronised by @', '指導案例?!斑@既體現了當前', '指導案例。“這既體現了當前', '?!斑@', '。“這'],
    ['a closing ? before a comma', '服務效率?!迸砣\uE010硎?,2020年', '服務效率。”彭泉表示,2020年', '?!迸砣\uE010硎?', '。”彭泉表示'],
    ['a closing ? before a full stop', '新征程?!迸砣\uE010硎?。', '新征程。”彭泉表示。', '?!迸砣\uE010硎?', '。”彭泉表示'],
    ['a misaligned comma (pinyin already stripped)', '品牌之一?,F場,恩施', '品牌之一。現場,恩施', '?,F', '。現'],
    ['a phantom syllable before the run', '煩請?zhí)峁┫嚓P信息', '煩請提供相關信息', '?zhí)峁┫嚓P', '提供相關'],
  ])('repairs %s', (_case, text, expected, before, after) => {
    const result = repairMojibake(text);
    expect(result.text).toBe(expected);
    expect(result.repairs).toEqual([{ before, after, confidence: expect.any(Number), offset: text.indexOf(before), kind: 'gbk-misalignment' }]);
    expect(result.repairs[0]?.confidence).toBeGreaterThan(0.5);
    expect(result.lostMarkers).toBe(0);
  });

  it('repairs the two spans of the 三牛精神 quote in turn, the second using the first as context', () => {
    const text = '砥礪‘孺子?!\uE1D6\uE1A4鼗呐!\uE1D6\uE197宵S?!\uE1F3\uE086?,努力';
    const result = repairMojibake(text);
    expect(result.text).toBe('砥礪‘孺子牛’‘拓荒牛’‘老黃牛’精神,努力');
    expect(result.repairs.map(({ before, after }) => [before, after])).toEqual([
      ['?!\uE1D6\uE1A4鼗呐!\uE1D6\uE197宵S', '牛’‘拓荒牛’‘老黃'],
      ['?!\uE1F3\uE086?', '牛’精神'],
    ]);
  });

  it('marks the swallowed month digit instead of inventing one', () => {
    const result = repairMojibake('的特產代言?!苯衲?月,在湖北');
    expect(result.text).toBe('的特產代言。”今年〔?〕月,在湖北');
    expect(result.repairs[0]).toMatchObject({ before: '?!苯衲?', after: '。”今年〔?〕', offset: 5 });
    expect(result.lostMarkers).toBe(1);
  });

  it.each([['你是誰?我是記者。'], ['價格多少?3元。'], ['真的嗎?!'], ['湖北省知識產權局局長彭泉表示。'], ['中國A股市場(WHO)']])(
    'returns %s unchanged with no repairs',
    (text) => {
      expect(repairMojibake(text)).toEqual({ text, repairs: [], unrepaired: [], lostMarkers: 0, skipped: 0 });
    },
  );

  it('leaves a span no candidate explains in place and reports it', () => {
    expect(repairMojibake('湖北?!省')).toEqual({ text: '湖北?!省', repairs: [], unrepaired: ['湖北?!省'], lostMarkers: 0, skipped: 0 });
  });

  it("repairs all nine spans of both samples", () => {
    const [consumerNews, hubeiNews] = [readSample('000_082a931f3e294f16.txt'), readSample('003_19f9f1bee9563f76.txt')];
    const results = [repairMojibake(consumerNews), repairMojibake(hubeiNews)];
    expect(results.map(({ repairs }) => repairs.length)).toEqual([1, 8]);
    expect(results.map(({ lostMarkers }) => lostMarkers)).toEqual([0, 1]);
    expect(results.flatMap(({ unrepaired }) => unrepaired)).toEqual([]);
    for (const { text } of results) expect(text).not.toMatch(/[\u{E000}-\u{F8FF}]|\?[!,]/u);
  });
});
