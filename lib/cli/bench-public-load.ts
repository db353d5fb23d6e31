// The HTTP side of bench:public: page discovery, load scenarios through autocannon, first renders
// one request at a time, and the server's resident memory.
import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import type { LoadFigures } from './bench-public-report';

export interface Scenario { name: string; path: string; isPage: boolean }

/** The URL of page 2 from page 1's HTML: its rel="next" link, or the 更早的文章 link. */
export function findNextPageHref(html: string): string | null {
  const tag = /<(?:link|a)\b[^>]*\brel="next"[^>]*>/u.exec(html)?.[0] ?? /<a\b[^>]*>(?=(?:(?!<\/a>)[\s\S])*更早的文章)/u.exec(html)?.[0];
  const href = tag ? /\bhref="([^"]*)"/u.exec(tag)?.[1] : undefined;
  return href ? href.replaceAll('&amp;', '&') : null;
}

export async function fetchPage(origin: string, path: string): Promise<{ status: number; html: string; milliseconds: number }> {
  const started = performance.now();
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  const html = await response.text();
  return { status: response.status, html, milliseconds: performance.now() - started };
}

export async function runLoad(origin: string, scenario: Scenario, options: { connections: number; duration: number }): Promise<LoadFigures> {
  const result = await autocannon({ url: `${origin}${scenario.path}`, connections: options.connections, duration: options.duration, timeout: 30 });
  return { name: scenario.name, isPage: scenario.isPage, ...loadFiguresOf(result) };
}

function loadFiguresOf(result: Awaited<ReturnType<typeof autocannon>>): Omit<LoadFigures, 'name' | 'isPage'> {
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

/**
 * Load over `paths` that were never requested before, one path per request in turn, so every
 * request is a first render reading the database (as long as there are more paths than requests).
 */
export async function runFirstRenderLoad(origin: string, name: string, paths: readonly string[], options: { connections: number; duration: number }): Promise<LoadFigures & { distinctPaths: number }> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  return { name, isPage: false, isFirstRender: true, ...loadFiguresOf(result), distinctPaths: Math.min(next, paths.length) };
}

/** Each path once, one after another: the time to the whole response, of the 200s only. */
export async function timeFirstRenders(origin: string, paths: readonly string[]): Promise<{ timingsMs: number[]; failures: string[] }> {
  const timingsMs: number[] = [];
  const failures: string[] = [];
  for (const path of paths) {
    const page = await fetchPage(origin, path);
    if (page.status === 200) timingsMs.push(page.milliseconds);
    else failures.push(`${path}: HTTP ${page.status}`);
  }
  return { timingsMs, failures };
}

function childProcesses(pid: string): string[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean));
}

/**
 * VmRSS in bytes of the Next server processes under this one (Linux /proc), or null. `next start`
 * renames itself (process title "next-server (v…)"), so processes are matched on either name.
 */
export function readServerRss(): number | null {
  try {
    let bytes = 0;
    const pending = childProcesses(String(process.pid));
    for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
      pending.push(...childProcesses(pid));
      if (!/next-server|next\/dist\/bin\/next/u.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
      bytes += Number(/^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    }
    return bytes > 0 ? bytes : null;
  } catch {
    // Not Linux, or a process ended while being read: the report says the RSS is unknown.
    return null;
  }
}
