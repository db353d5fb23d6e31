import { describe, expect, it } from 'vitest';
import { findMisalignedSpans } from './find-misaligned-spans';

describe('findMisalignedSpans', () => {
  it.each([
    ['ends at an ASCII trail byte', '指導案例?!斑@既體現了', { start: 4, end: 8, run: '!斑@', isClosed: false, isFollowedByLoss: false }],
    ['ends at a closing ?', '效率?!迸砣\uE010硎?,2020', { start: 2, end: 9, run: '!迸砣\uE010硎', isClosed: true, isFollowedByLoss: false }],
    ['notes the byte lost before a Han character', '代言?!苯衲?月,在湖北', { start: 2, end: 7, run: '!苯衲', isClosed: true, isFollowedByLoss: true }],
    ['skips phantom syllables', '助力當?shù)亟?jīng)濟高質量', { start: 3, end: 15, run: '亟', isClosed: true, isFollowedByLoss: false }],
  ])('finds a span that %s', (_case, text, span) => {
    expect(findMisalignedSpans(text)).toEqual([span]);
  });

  it('splits a resynchronised run into two spans', () => {
    const text = '孺子?!\uE1D6\uE1A4鼗呐!\uE1D6\uE197宵S?!\uE1F3\uE086?,努力';
    expect(findMisalignedSpans(text).map(({ run }) => run)).toEqual(['!\uE1D6\uE1A4鼗呐!\uE1D6\uE197宵S', '!\uE1F3\uE086']);
  });

  it.each([['你是誰?我是記者。'], ['價格多少?3元。'], ['真的嗎?!']])('finds nothing in %s', (text) => {
    expect(findMisalignedSpans(text)).toEqual([]);
  });
});
