import { describe, expect, it } from 'vitest';
import { formatBenchPublicReport, type LoadFigures } from './bench-public-report';

const load = (overrides: Partial<LoadFigures>): LoadFigures => ({
  name: 'topic, big tag', isPage: true, reqPerSec: 1234.56, p50Ms: 20, p99Ms: 80, errors: 0, non2xx: 0, bytesPerResponse: 45_678.4, ...overrides,
});

describe('formatBenchPublicReport', () => {
  const base = { loads: [], uncachedMs: [10, 20, 30, 40], admin: [], rssBytes: 300 * 1024 * 1024 };

  it('prints one aligned row per load scenario, with issue 6 cached targets for pages only', () => {
    const lines = formatBenchPublicReport({ ...base, loads: [load({}), load({ name: 'topic feed', isPage: false, reqPerSec: 50, p99Ms: 900.25, errors: 2, non2xx: 1500 })] });
    expect(lines[0]).toBe('scenario                          req/s        p50        p99  errors  non-2xx  bytes/resp  issue 6 (info)');
    expect(lines[1]).toBe('topic, big tag                   1234.6    20.0 ms    80.0 ms       0        0      45,678  ≥ 1,000 req/s & p99 ≤ 100 ms: PASS');
    expect(lines[2]).toBe('topic feed                         50.0    20.0 ms   900.3 ms       2    1,500      45,678');
  });

  it('holds the floor rows to no target and says what the floor is', () => {
    const lines = formatBenchPublicReport({ ...base, loads: [load({ name: 'floor: bare Next.js page', isPage: false }), load({ name: 'floor: its first renders', isPage: false })] });
    expect(lines[1]).not.toMatch(/PASS|MISS/u);
    expect(lines[3]).toMatch(/^\(floor: a bare Next\.js app/u);
    expect(formatBenchPublicReport({ ...base, loads: [load({})] }).join('\n')).not.toContain('(floor:');
  });

  it('marks a slow cached page MISS', () => {
    expect(formatBenchPublicReport({ ...base, loads: [load({ p99Ms: 101 })] })[1]).toMatch(/: MISS$/u);
    expect(formatBenchPublicReport({ ...base, loads: [load({ reqPerSec: 999 })] })[1]).toMatch(/: MISS$/u);
  });

  it('holds first renders under load to the 200 req/s target', () => {
    expect(formatBenchPublicReport({ ...base, loads: [load({ name: 'article, first render', isPage: false, isFirstRender: true, reqPerSec: 210 })] })[1]).toMatch(/≥ 200 req\/s: PASS$/u);
    expect(formatBenchPublicReport({ ...base, loads: [load({ name: 'article, first render', isPage: false, isFirstRender: true, reqPerSec: 150 })] })[1]).toMatch(/≥ 200 req\/s: MISS$/u);
  });

  it('marks the render-without-cache target PASS or MISS on p99', () => {
    expect(formatBenchPublicReport(base).join('\n')).toContain(
      'topic page render without cache, 1 connection, 4 distinct topics: p50 20.0 ms, p95 40.0 ms, p99 40.0 ms, max 40.0 ms — issue 5 target p99 ≤ 50 ms: PASS',
    );
    expect(formatBenchPublicReport({ ...base, uncachedMs: [10, 51] }).join('\n')).toContain('target p99 ≤ 50 ms: MISS');
    expect(formatBenchPublicReport({ ...base, uncachedMs: [] }).join('\n')).toContain('MISS (no successful requests)');
  });

  it('prints the admin query timings and the server RSS against its target', () => {
    const lines = formatBenchPublicReport({ ...base, admin: [{ name: 'by article count', timingsMs: [5, 7, 6] }], rssBytes: 401 * 1024 * 1024 });
    expect(lines).toContain('admin tag list by article count: p50 6.0 ms, max 7.0 ms (3 runs)');
    expect(lines).toContain('server RSS after the runs: 401 MB — issue 6 target ≤ 400 MB (info): MISS');
    expect(formatBenchPublicReport({ ...base, rssBytes: null }).at(-1)).toBe('server RSS: unknown (server process not found)');
  });
});
