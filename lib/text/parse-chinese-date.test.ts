import { describe, expect, it } from 'vitest';
import { parseChineseDate } from './parse-chinese-date';

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
