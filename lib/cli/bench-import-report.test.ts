import { describe, expect, it } from 'vitest';
import { formatBenchReport, pagesPerSecond, type BenchFigures, type BenchKindFigures } from './bench-import-report';

const kind = (pages: number, failed: number, importMilliseconds: number): BenchKindFigures => ({
  pages,
  failed,
  stageMilliseconds: { read: 0, importFile: importMilliseconds, contentHash: 0, simhash: 0, suggestTags: 0 },
});

const figures = (overrides: Partial<BenchFigures>): BenchFigures => ({
  files: 10_000,
  kinds: { txt: kind(7500, 0, 25_000), html: kind(2500, 0, 100_000) },
  gbkPages: 834,
  distinctContentHashes: 10_000,
  generateSeconds: 12.5,
  wallSeconds: 130,
  peakRssMegabytes: 350,
  failures: [],
  ...overrides,
});

describe('pagesPerSecond', () => {
  it('counts imported pages over the time spent on all of them', () => {
    expect(pagesPerSecond(kind(300, 0, 1000))).toBe(300);
    expect(pagesPerSecond(kind(300, 100, 1000))).toBe(200);
    expect(pagesPerSecond(kind(0, 0, 0))).toBe(0);
  });
});

describe('formatBenchReport', () => {
  it('prints each figure against its target', () => {
    const lines = formatBenchReport(figures({}));
    expect(lines[1]).toMatch(/txt pages\/s\s+300\.0\s+target ≥ 200\s+met$/u);
    expect(lines[2]).toMatch(/HTML pages\/s\s+25\.0\s+target ≥ 30\s+MISSED$/u);
    expect(lines[3]).toMatch(/peak RSS \(MB\)\s+350\.0\s+target ≤ 400\s+met$/u);
    expect(lines[4]).toMatch(/total files\s+10,000\s+0 failed, 10,000 distinct content hashes/u);
  });

  it('says when memory is over, the run was small, and which files failed', () => {
    const lines = formatBenchReport(figures({ files: 40, peakRssMegabytes: 512.3, kinds: { txt: kind(30, 1, 100), html: kind(10, 0, 100) }, failures: ['page-0000001.txt: empty'] }));
    expect(lines[3]).toContain('512.3   target ≤ 400   MISSED (targets are for 10,000 files; this run had fewer)');
    expect(lines[4]).toContain('1 failed');
    expect(lines.slice(-2)).toEqual(['Failures (first few):', '  page-0000001.txt: empty']);
  });

  it('shows where the time goes per page', () => {
    const lines = formatBenchReport(figures({}));
    expect(lines).toContain('  txt  ms/page: read 0.00, importFile 3.33, contentHash 0.00, simhash 0.00, suggestTags 0.00');
  });
});
