import { describe, expect, it } from 'vitest';
import { makeExcerpt } from './make-excerpt';

const sentence = '湖北省全年專利授權總量增長百分之四十八點九一,達到十一萬件。'; // 30 characters

describe('makeExcerpt', () => {
  it('keeps a short paragraph whole', () => {
    expect(makeExcerpt(`  ${sentence}  `)).toBe(sentence);
  });

  it('cuts after the last whole sentence that fits', () => {
    expect(makeExcerpt(sentence.repeat(5))).toBe(sentence.repeat(4));
  });

  it('keeps a closing quote with its sentence', () => {
    const quoted = `“${sentence.repeat(2)}”彭泉表示`;
    expect(makeExcerpt(quoted.repeat(3))).toBe(`“${sentence.repeat(2)}”`);
  });

  it('cuts at a clause boundary with an ellipsis when no sentence ends in time', () => {
    const clause = '湖北省知識產權局加快完善糾紛解決機制,'; // 19 characters
    expect(makeExcerpt(clause.repeat(8))).toBe(`${clause.repeat(6).slice(0, -1)}…`);
  });

  it('cuts hard with an ellipsis when there is no boundary at all', () => {
    const excerpt = makeExcerpt('湖'.repeat(200));
    expect(excerpt).toBe(`${'湖'.repeat(119)}…`);
  });
});
