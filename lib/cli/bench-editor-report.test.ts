import { describe, expect, it } from 'vitest';
import { formatBenchEditorReport, percentile } from './bench-editor-report';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);
  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0.1, 1],
  ])('p%d of 1..100 (shuffled) is %d', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('takes the nearest rank in short lists, and is NaN for none', () => {
    expect(percentile([30, 10, 20], 50)).toBe(20);
    expect(percentile([30, 10, 20], 95)).toBe(30);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('formatBenchEditorReport', () => {
  const base = { mode: 'server-side save path', editors: 2, rounds: 2, failures: 0, wallSeconds: 2, revisionRows: 2 };

  it('prints the percentiles next to the target, the rate and the revision rows', () => {
    const lines = formatBenchEditorReport({ ...base, latencies: [10, 20, 30, 200] });
    expect(lines).toContain('autosave round trip: p50 20.0 ms, p95 200.0 ms (target ≤ 150 ms: MISSED), p99 200.0 ms, max 200.0 ms');
    expect(lines).toContain('saves: 4 in 2.0 s = 2.0 saves/s (paced by the 1–2 s autosave interval)');
    expect(lines).toContain('revision rows written: 2 for 4 autosaves (autosaves by one author coalesce into one revision)');
    expect(lines).toContain('measured: server-side save path');
  });

  it('says when the target is met and when saves failed', () => {
    const lines = formatBenchEditorReport({ ...base, latencies: [10, 12], failures: 3 });
    expect(lines.join('\n')).toContain('(target ≤ 150 ms: met)');
    expect(lines.join('\n')).toContain('FAILED: 3');
  });
});
