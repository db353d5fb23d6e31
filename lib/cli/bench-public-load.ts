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
  return {
    name: scenario.name,
    isPage: scenario.isPage,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
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

/** VmRSS of this process's child running `next start`, in bytes (Linux /proc), or null. */
export function readServerRss(): number | null {
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      for (const child of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean)) {
        const commandLine = readFileSync(`/proc/${child}/cmdline`, 'utf8');
        if (!commandLine.includes('next') || !commandLine.includes('start')) continue;
        const kilobytes = /^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${child}/status`, 'utf8'))?.[1];
        if (kilobytes) return Number(kilobytes) * 1024;
      }
    }
  } catch {
    // Not Linux, or the process ended: the report says the RSS is unknown.
  }
  return null;
}
