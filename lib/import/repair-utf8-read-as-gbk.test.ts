import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairUtf8ReadAsGbk } from './repair-utf8-read-as-gbk';

// What a tool that reads UTF-8 as GBK makes of a text (a lost byte shows as U+FFFD).
const misread = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');

describe('repairUtf8ReadAsGbk', () => {
  it.each([
    ['a whole title', '国家知识产权局发布2024年专利统计'],
    ['punctuation and quotes', '湖北：砥砺“三牛精神”，奋进新征程。'],
    ['Traditional text', '臺灣颱風登陸，宜蘭山區累積雨量破千毫米。'],
    ['a run swallowing an ASCII letter', '中国A股市场今日全线上涨'],
  ])('restores %s', (_case, original) => {
    const garbled = misread(original);
    expect(garbled).not.toBe(original);
    const result = repairUtf8ReadAsGbk(garbled);
    expect(result.text).toBe(original);
    expect(result.lostMarkers).toBe(0);
    for (const repair of result.repairs) {
      expect(repair.kind).toBe('utf8-read-as-gbk');
      expect(garbled.slice(repair.offset, repair.offset + repair.before.length)).toBe(repair.before);
      expect(repair.confidence).toBeGreaterThan(0.5);
    }
  });

  it('guesses the byte lost before an ASCII character from the context, and logs it', () => {
    const garbled = misread('2024年7月1日');
    expect(garbled).toBe('2024骞\ufffd7鏈\ufffd1鏃\ufffd');
    const result = repairUtf8ReadAsGbk(garbled);
    expect(result.text).toBe('2024年7月1日');
    expect(result.repairs.map(({ before, after }) => [before, after])).toEqual([
      ['骞\ufffd', '年'],
      ['鏈\ufffd', '月'],
      ['鏃\ufffd', '日'],
    ]);
  });

  it('also reads a lost byte saved as ?, and marks it when the context cannot tell', () => {
    expect(repairUtf8ReadAsGbk(`${misread('国家知识产权局')}?2024`).text).toBe('国家知识产权局?2024');
    expect(repairUtf8ReadAsGbk('发布时间：2024骞?7鏈?').text).toBe('发布时间：2024年7月');
    // 国 is one of 64 characters sharing its first two bytes; with nothing around it, none stands out.
    expect(repairUtf8ReadAsGbk('鍥?2024')).toMatchObject({ text: '〔?〕2024', lostMarkers: 1 });
  });

  it('keeps a genuine question mark after a complete run', () => {
    expect(repairUtf8ReadAsGbk(`${misread('你好')}?`).text).toBe('你好?');
  });

  it('repairs garbled passages inside good text and leaves the good text alone', () => {
    const text = `据新华社报道，${misread('国家知识产权局')}今日发布数据。`;
    expect(repairUtf8ReadAsGbk(text).text).toBe('据新华社报道，国家知识产权局今日发布数据。');
  });

  it.each([
    ['the sample dumps', '../../content/samples/', readdirSync(new URL('../../content/samples/', import.meta.url))],
    ['the HTML fixtures', './fixtures/html/', readdirSync(new URL('./fixtures/html/', import.meta.url))],
  ])('changes nothing in %s', (_case, folder, names) => {
    for (const name of names.filter((file) => /\.(?:txt|html?)$/u.test(file))) {
      const text = readFileSync(new URL(`${folder}${name}`, import.meta.url), 'utf8');
      expect(repairUtf8ReadAsGbk(text), name).toEqual({ text, repairs: [], lostMarkers: 0, skipped: 0 });
    }
  });

  it.each([['你是谁?我是记者。'], ['安按暗岸案'], ['€100'], ['啊阿埃挨哎唉哀皑癌蔼矮艾碍爱隘鞍氨安俺按暗岸胺案肮昂盎凹敖熬翱袄傲奥懊澳']])('leaves %s alone', (text) => {
    expect(repairUtf8ReadAsGbk(text).repairs).toEqual([]);
  });
});
