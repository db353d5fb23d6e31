import { describe, expect, it } from 'vitest';
import { structureBody } from './structure-body';

const first = '2020年,湖北省全年專利授權總量增長48.91%,達到11萬件。';
const second = '去年12月,武漢市東湖新技術開發區市場監管局查處侵權案成功入選指導案例。';

describe('structureBody', () => {
  it('makes one trimmed paragraph per non-empty line', () => {
    expect(structureBody(['', `  ${first}`, '\u3000\u3000', `\u3000\u3000${second}\t`])).toEqual([
      { kind: 'paragraph', text: first },
      { kind: 'paragraph', text: second },
    ]);
  });

  it('makes a short unpunctuated line between paragraphs a heading', () => {
    expect(structureBody([first, '', '  強化保護顯擔當', '', second])).toEqual([
      { kind: 'paragraph', text: first },
      { kind: 'heading', text: '強化保護顯擔當' },
      { kind: 'paragraph', text: second },
    ]);
  });

  it.each([
    ['at the start', ['強化保護顯擔當', first], 'paragraph'],
    ['at the end', [first, '強化保護顯擔當'], 'paragraph'],
    ['followed by another short line', [first, '強化保護顯擔當', '品牌打造促發展', second], 'paragraph'],
    ['ending a sentence', [first, '彭泉表示。', second], 'paragraph'],
    ['longer than a subheading', [first, '湖北省知識產權局把整合資源形成合力視為做好品牌工作的關鍵', second], 'paragraph'],
  ])('keeps a short line %s as a paragraph', (_case, lines, kind) => {
    expect(structureBody(lines)[1]?.kind).toBe(kind);
  });

  it('returns no blocks for blank input', () => {
    expect(structureBody(['', '  ', '\u3000'])).toEqual([]);
  });
});
