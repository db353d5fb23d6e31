import { percentile } from './bench-editor-report';

export const uncachedP99TargetMs = 50;
export const cachedTargets = { reqPerSec: 1000, p99Ms: 100 } as const;
export const rssTargetMb = 400;
export const searchP95TargetMs = 50;
export const firstRenderTargetReqPerSec = 200;

export interface LoadFigures {
  name: string;
  /** 'cached' pages are held to issue 6's cached target (info only). */
  isPage: boolean;
  /** Every request a page not rendered before: held to issue 6's first-render target (info only). */
  isFirstRender?: boolean;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
}

/** One pass of search page requests through HTTP: each request's time to its whole response. */
export interface SearchHttpPass {
  name: string;
  connections: number;
  timingsMs: number[];
  reqPerSec: number;
  /** Requests that failed or answered anything but 200. */
  failures: number;
}

export interface BenchPublicFigures {
  loads: LoadFigures[];
  /** Server time of first renders of distinct topic pages, one request at a time. */
  uncachedMs: number[];
  admin: { name: string; timingsMs: number[] }[];
  /** searchArticles called directly, one query at a time; then the search page through HTTP. */
  search?: { timingsMs: number[]; slowest: { q: string; ms: number }; http?: SearchHttpPass[] };
  rssBytes: number | null;
}

const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);
const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
const count = (value: number) => Math.round(value).toLocaleString('en');
const mark = (isMet: boolean) => (isMet ? 'PASS' : 'MISS');

function loadRows(loads: readonly LoadFigures[]): string[] {
  const header = `${pad('scenario', 30)}${padLeft('req/s', 9)}${padLeft('p50', 11)}${padLeft('p99', 11)}${padLeft('errors', 8)}${padLeft('non-2xx', 9)}${padLeft('bytes/resp', 12)}  issue 6 (info)`;
  return [
    header,
    ...loads.map((load) => {
      const target = load.isPage
        ? `≥ ${count(cachedTargets.reqPerSec)} req/s & p99 ≤ ${cachedTargets.p99Ms} ms: ${mark(load.reqPerSec >= cachedTargets.reqPerSec && load.p99Ms <= cachedTargets.p99Ms)}`
        : load.isFirstRender
          ? `≥ ${count(firstRenderTargetReqPerSec)} req/s: ${mark(load.reqPerSec >= firstRenderTargetReqPerSec)}`
          : '';
      return `${pad(load.name, 30)}${padLeft(load.reqPerSec.toFixed(1), 9)}${padLeft(ms(load.p50Ms), 11)}${padLeft(ms(load.p99Ms), 11)}${padLeft(count(load.errors), 8)}${padLeft(count(load.non2xx), 9)}${padLeft(count(load.bytesPerResponse), 12)}  ${target}`.trimEnd();
    }),
  ];
}

export function formatSearchHttpPass(pass: SearchHttpPass): string {
  const at = (p: number) => ms(percentile(pass.timingsMs, p));
  const p95 = percentile(pass.timingsMs, 95);
  const connections = `${pass.connections} connection${pass.connections === 1 ? '' : 's'}`;
  return (
    `search page over HTTP, ${pass.name}, ${connections}: ${pass.timingsMs.length.toLocaleString('en')} requests, ${pass.reqPerSec.toFixed(1)} req/s, p50 ${at(50)}, p95 ${at(95)}, p99 ${at(99)}` +
    `${pass.failures > 0 ? `, ${count(pass.failures)} failed` : ''} — p95 ≤ ${searchP95TargetMs} ms: ${mark(p95 <= searchP95TargetMs && pass.failures === 0)}`
  );
}

/** The summary printed at the end of bench:public, with PASS/MISS against the targets. */
export function formatBenchPublicReport(figures: BenchPublicFigures): string[] {
  const p50 = percentile(figures.uncachedMs, 50);
  const p99 = percentile(figures.uncachedMs, 99);
  const rssMb = figures.rssBytes === null ? null : figures.rssBytes / 1024 / 1024;
  const hasFloor = figures.loads.some((load) => load.name.startsWith('floor:'));
  const lines = [
    ...loadRows(figures.loads),
    ...(hasFloor ? ['(floor: a bare Next.js app, one page of plain text of about an article page’s size and nothing else, on the same machine under the same load)'] : []),
    '',
    `topic page render without cache, 1 connection, ${figures.uncachedMs.length} distinct topics: p50 ${ms(p50)}, p95 ${ms(percentile(figures.uncachedMs, 95))}, p99 ${ms(p99)}, max ${ms(percentile(figures.uncachedMs, 100))}` +
      ` — issue 5 target p99 ≤ ${uncachedP99TargetMs} ms: ${Number.isNaN(p99) ? 'MISS (no successful requests)' : mark(p99 <= uncachedP99TargetMs)}`,
  ];
  for (const query of figures.admin) {
    lines.push(`admin tag list ${query.name}: p50 ${ms(percentile(query.timingsMs, 50))}, max ${ms(percentile(query.timingsMs, 100))} (${query.timingsMs.length} runs)`);
  }
  if (figures.search) {
    const p95 = percentile(figures.search.timingsMs, 95);
    lines.push(
      `search function, ${figures.search.timingsMs.length} varied queries: p50 ${ms(percentile(figures.search.timingsMs, 50))}, p95 ${ms(p95)}, max ${ms(percentile(figures.search.timingsMs, 100))} (${figures.search.slowest.q})` +
        ` — issue 6 target p95 ≤ ${searchP95TargetMs} ms: ${mark(p95 <= searchP95TargetMs)}`,
    );
    for (const pass of figures.search.http ?? []) lines.push(formatSearchHttpPass(pass));
  }
  lines.push(rssMb === null ? 'server RSS: unknown (server process not found)' : `server RSS after the runs: ${rssMb.toFixed(0)} MB — issue 6 target ≤ ${rssTargetMb} MB (info): ${mark(rssMb <= rssTargetMb)}`);
  return lines;
}
