import { describe, expect, it } from 'vitest';
import { findChineseDate, formatDate, parseChineseDate } from './parse-chinese-date';

describe('parseChineseDate', () => {
  it.each([
    ['2024-07-10', { year: 2024, month: 7, day: 10 }],
    ['2024/7/3', { year: 2024, month: 7, day: 3 }],
    ['2024.07.31', { year: 2024, month: 7, day: 31 }],
    ['2024年7月31日', { year: 2024, month: 7, day: 31 }],
    ['２０２４年７月３１日', { year: 2024, month: 7, day: 31 }],
    ['7月31日', { year: null, month: 7, day: 31 }],
    [' 2月29日 ', { year: null, month: 2, day: 29 }],
    ['2024年2月29日', { year: 2024, month: 2, day: 29 }],
  ])('parses %s', (text, expected) => {
    expect(parseChineseDate(text)).toEqual(expected);
  });

  it.each(['2023年2月29日', '13月1日', '2024-07-32', '7月', '2024年', '今年7月31日', 'abc', ''])(
    'rejects %s',
    (text) => {
      expect(parseChineseDate(text)).toBeNull();
    },
  );
});

describe('Republic of China (Taiwan) years', () => {
  it.each([
    ['民國105年7月1日', {}, { year: 2016, month: 7, day: 1 }],
    ['民国 113 年 2 月 29 日', {}, { year: 2024, month: 2, day: 29 }],
    ['105年7月1日', { rocYears: true }, { year: 2016, month: 7, day: 1 }],
    ['105-07-01', { rocYears: true }, { year: 2016, month: 7, day: 1 }],
    ['2016年7月1日', { rocYears: true }, { year: 2016, month: 7, day: 1 }],
  ])('parses %s with %j', (text, options, expected) => {
    expect(parseChineseDate(text, options)).toEqual(expected);
  });

  it.each([
    ['105年7月1日', {}],
    ['105-07-01', {}],
    ['民國112年2月29日', {}],
    ['民國999年1月1日', {}],
  ])('rejects %s with %j', (text, options) => {
    expect(parseChineseDate(text, options)).toBeNull();
  });
});

describe('findChineseDate', () => {
  it.each([
    ['发布时间：2024-07-10 09:30 来源：某局', {}, '2024-07-10'],
    ['2024-07-24T21:40:00+08:00', {}, '2024-07-24'],
    ['發佈日期：民國105年7月1日', {}, '2016-07-01'],
    ['發佈日期：105年7月1日', { rocYears: true }, '2016-07-01'],
    ['共12024-13-01件，2023年2月29日无效，2024年3月1日有效', {}, '2024-03-01'],
  ])('finds the date in %s', (text, options, expected) => {
    const date = findChineseDate(text, options);
    expect(date && date.year !== null ? formatDate({ ...date, year: date.year }) : null).toBe(expected);
  });

  it.each(['发布时间：105年7月1日', '共有3000人', ''])('finds none in %s', (text) => {
    expect(findChineseDate(text)).toBeNull();
  });
});
