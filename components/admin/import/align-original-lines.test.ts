import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextDump } from '@/lib/import/import-text-dump';
import { alignOriginalLines, type OriginalLine } from './align-original-lines';

function lineText(line: OriginalLine): string {
  return line.segments.map((segment) => (segment.kind === 'text' ? segment.text : segment.before)).join('');
}

describe('alignOriginalLines on the samples', () => {
  it.each([
    ['000_082a931f3e294f16.txt', 12, 1],
    ['003_19f9f1bee9563f76.txt', 10, 8],
  ])('%s: locates every removed line and every repair, and keeps the original text', (file, removed, repairs) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../../content/samples/${file}`, import.meta.url)));
    const { report, original } = importTextDump(bytes, file);
    expect(report.removedLines).toHaveLength(removed);
    expect(report.repairs).toHaveLength(repairs);

    const aligned = alignOriginalLines(original, report.removedLines, report.repairs);
    expect(aligned.unlocatedRemovals).toEqual([]);
    expect(aligned.lines.map(lineText).join('\n')).toBe(original.replace(/\r\n|\r/gu, '\n'));
    expect(aligned.lines.filter((line) => line.removedBy !== null)).toHaveLength(removed);
    const placed = aligned.lines.flatMap((line) => line.segments.filter((segment) => segment.kind === 'repair'));
    expect(placed.map((segment) => segment.kind === 'repair' && segment.before)).toEqual(report.repairs.map((repair) => repair.before));
  });

  it('matches a removed line whose original still carries pinyin and mojibake (the disclaimer of 003)', () => {
    const file = '003_19f9f1bee9563f76.txt';
    const bytes = new Uint8Array(readFileSync(new URL(`../../../content/samples/${file}`, import.meta.url)));
    const { report, original } = importTextDump(bytes, file);
    const disclaimer = alignOriginalLines(original, report.removedLines, report.repairs).lines.find((line) => line.removedBy === 'disclaimer');
    expect(lineText(disclaimer!)).toContain('煩請?zhí)峁┫嚓P');
    expect(disclaimer!.segments).toContainEqual(expect.objectContaining({ kind: 'repair', after: expect.stringContaining('提供') }));
  });
});

describe('alignOriginalLines', () => {
  it('marks each occurrence of a repeated removed line once, and lists removals it cannot find', () => {
    const aligned = alignOriginalLines(
      '正文第一段。\n-\n相关文章\n-\n-',
      [
        { line: '-', rule: 'separator' },
        { line: '-', rule: 'separator' },
        { line: '相关文章', rule: 'related-list' },
        { line: '分享到微信', rule: 'page-tools' },
      ],
      [],
    );
    expect(aligned.lines.map((line) => line.removedBy)).toEqual([null, 'separator', 'related-list', 'separator', null]);
    expect(aligned.unlocatedRemovals).toEqual([{ line: '分享到微信', rule: 'page-tools' }]);
  });

  it('splits a line around a repaired span and keeps the text on both sides', () => {
    const aligned = alignOriginalLines('他说?!迸砣硎?要做好', [], [{ before: '?!迸砣硎?', after: '。”彭泉表示', confidence: 0.94, offset: 2 }]);
    expect(aligned.lines[0]?.segments).toEqual([
      { kind: 'text', text: '他说' },
      { kind: 'repair', before: '?!迸砣硎?', after: '。”彭泉表示', confidence: 0.94 },
      { kind: 'text', text: '要做好' },
    ]);
  });
});
