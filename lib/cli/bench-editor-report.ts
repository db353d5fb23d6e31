export const targetP95Milliseconds = 150;

export interface BenchEditorFigures {
  mode: string;
  editors: number;
  rounds: number;
  /** Round trip of each successful autosave, in milliseconds. */
  latencies: number[];
  failures: number;
  wallSeconds: number;
  revisionRows: number;
}

/** The nearest-rank percentile (0 < p ≤ 100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The report's lines. */
export function formatBenchEditorReport(figures: BenchEditorFigures): string[] {
  const { latencies } = figures;
  const saves = latencies.length;
  const p95 = percentile(latencies, 95);
  const verdict = Number.isNaN(p95) ? 'no successful saves' : p95 <= targetP95Milliseconds ? 'met' : 'MISSED';
  return [
    `bench:editor: ${figures.editors} editors × ${figures.rounds} autosaves each, every 1–2 s, all at once`,
    `measured: ${figures.mode}`,
    `autosave round trip: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(p95)} (target ≤ ${targetP95Milliseconds} ms: ${verdict}), p99 ${ms(percentile(latencies, 99))}, max ${ms(percentile(latencies, 100))}`,
    `saves: ${saves} in ${figures.wallSeconds.toFixed(1)} s = ${(saves / figures.wallSeconds).toFixed(1)} saves/s (paced by the 1–2 s autosave interval)${figures.failures > 0 ? `; FAILED: ${figures.failures}` : ''}`,
    `revision rows written: ${figures.revisionRows} for ${saves} autosaves (autosaves by one author coalesce into one revision)`,
  ];
}
