import { describe, expect, it } from 'vitest';
import { diffSequences, type SequenceEdit } from './diff-sequences';

const chars = (text: string) => Array.from(text);
const apply = (edits: SequenceEdit[], keep: 'before' | 'after') =>
  edits.filter((edit) => edit.kind === 'same' || edit.kind === (keep === 'before' ? 'removed' : 'added')).map((edit) => edit.value).join('');
const cost = (edits: SequenceEdit[]) => edits.filter((edit) => edit.kind !== 'same').length;

describe('diffSequences', () => {
  it.each<[string, string, string, number]>([
    ['identical', '今天天气很好', '今天天气很好', 0],
    ['empty to text', '', '新闻', 2],
    ['text to empty', '新闻', '', 2],
    ['one character replaced', '今天天气很好', '今天天气不好', 2],
    ['insertion in the middle', 'ABCD', 'ABXCD', 1],
    ['classic example', 'ABCABBA', 'CBABAC', 5],
    ['nothing in common', '甲乙丙', '丁戊己', 6],
  ])('%s: rebuilds both sides with the fewest edits', (_name, before, after, expectedCost) => {
    const edits = diffSequences(chars(before), chars(after), 1000);
    expect(apply(edits, 'before')).toBe(before);
    expect(apply(edits, 'after')).toBe(after);
    expect(cost(edits)).toBe(expectedCost);
  });

  it('keeps the common prefix and suffix and replaces the middle wholesale past the edit limit', () => {
    const edits = diffSequences(chars('头ABCDEF尾'), chars('头UVWXYZ尾'), 3);
    expect(edits).toEqual([
      { kind: 'same', value: '头' },
      ...chars('ABCDEF').map((value) => ({ kind: 'removed', value })),
      ...chars('UVWXYZ').map((value) => ({ kind: 'added', value })),
      { kind: 'same', value: '尾' },
    ]);
  });

  it('finds a minimal script on random inputs', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () => Array.from({ length: Math.floor(random() * 12) }, () => '甲乙丙丁'[Math.floor(random() * 4)]).join('');
    for (let round = 0; round < 200; round += 1) {
      const before = word();
      const after = word();
      const edits = diffSequences(chars(before), chars(after), 1000);
      expect(apply(edits, 'before')).toBe(before);
      expect(apply(edits, 'after')).toBe(after);
      expect(cost(edits)).toBe(before.length + after.length - 2 * lcsLength(before, after));
    }
  });
});

function lcsLength(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = table[i] as number[];
      row[j] = a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return table[0]?.[0] ?? 0;
}
