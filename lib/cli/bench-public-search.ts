// The search of bench:public: the search function timed in this process against the bench
// database, then the search page through HTTP on a freshly started production server, cold (every
// request a cache miss) and warm (cache hits). Run alone: with DATABASE_URL set, against that
// database as it is; without, against a throwaway database seeded like bench:public's:
//   node --conditions=react-server --import tsx lib/cli/bench-public-search.ts [--articles N] [--connections N] [--duration S] [--no-http] [--keep]
// (the HTTP part builds first if sources changed: take the build lock when others share .next).
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { tagFields, tagRegions, titleEvents, titleSubjects } from '@/lib/bench/bench-vocabulary';
import { seedBenchData } from '@/lib/bench/seed-bench-data';
import { getPrisma } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { buildSearchQuery } from '@/lib/search/build-search-query';
import { searchArticles } from '@/lib/search/search-articles';
import { convertToTraditional } from '@/lib/text/convert-to-traditional';
import { cleanUpOnSignals, startBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-editor-http';
import { benchPublicDefaults, parseBenchPublicArgs } from './bench-public-args';
import { percentile } from './bench-editor-report';
import { formatSearchHttpPass, searchP95TargetMs, type SearchHttpPass } from './bench-public-report';
import { errorMessage, exitWithError } from './exit-with-error';

const root = fileURLToPath(new URL('../../', import.meta.url));
const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * About 200 varied queries: topic words common and rare, Traditional spellings, two-word queries,
 * title fragments, a misspelt Latin name, words no article has, deeper pages.
 */
export function benchSearchQueries(): { q: string; page: number }[] {
  const queries: { q: string; page: number }[] = [];
  const add = (q: string, page = 1) => queries.push({ q, page });
  tagFields.forEach((field, at) => add(field, 1 + (at % 3)));
  tagFields.slice(0, 25).forEach((field) => add(convertToTraditional(field)));
  tagRegions.forEach((region, at) => add(`${region} ${tagFields[at % tagFields.length] ?? ''}`));
  titleSubjects.forEach((subject) => add(subject.slice(1, 5)));
  titleEvents.forEach((event) => add(event));
  titleEvents.forEach((event, at) => add(`${titleSubjects[at % titleSubjects.length] ?? ''}${event}`, 2));
  for (const q of ['记者', '负责人表示', '数字化转型', '个人信息', '中小企业', '一刀切', '百分之十二', '发布会', '专项整治', '白皮书']) add(q);
  for (const q of ['Zuckerburg', 'openai', '量子纠缠', '火星基地', '不存在的词语', '&|!', "' OR 1=1 --", '知识 & 产权']) add(q);
  while (queries.length < 200) add(tagFields[queries.length % tagFields.length] ?? '专利', 1 + (queries.length % 5));
  return queries;
}


async function timeSearchFunction(): Promise<{ timingsMs: number[]; slowest: { q: string; ms: number } }> {
  await getPrisma().$queryRaw`SELECT 1`;
  await searchArticles({ q: '预热', page: 1 });
  const timingsMs: number[] = [];
  let slowest = { q: '', ms: 0 };
  for (const query of benchSearchQueries()) {
    const started = performance.now();
    await searchArticles(query);
    const ms = performance.now() - started;
    timingsMs.push(ms);
    if (ms > slowest.ms) slowest = { q: query.q, ms };
  }
  return { timingsMs, slowest };
}

const searchPath = ({ q, page }: { q: string; page: number }) => `/search?${new URLSearchParams({ q, ...(page > 1 ? { page: String(page) } : {}) })}`;

/** The query list's URLs, and one URL per cache entry (queries the same once normalised share one). */
function searchPaths(): { all: string[]; distinct: string[] } {
  const queries = benchSearchQueries();
  const entries = new Map<string, string>();
  for (const query of queries) {
    const key = JSON.stringify([buildSearchQuery(query.q), query.page]);
    if (!entries.has(key)) entries.set(key, searchPath(query));
  }
  return { all: queries.map(searchPath), distinct: [...entries.values()] };
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', () => resolve(0));
      })
      .once('error', () => resolve(0));
  });
}

/**
 * `paths` requested over `connections` keep-alive connections: once each in order, or round and
 * round for `seconds`. Each request's time is to its whole response.
 */
async function timeRequests(origin: string, name: string, paths: readonly string[], options: { connections: number; seconds?: number }): Promise<SearchHttpPass> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const timingsMs: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const deadline = options.seconds === undefined ? Number.POSITIVE_INFINITY : started + options.seconds * 1000;
  const isDone = () => (options.seconds === undefined ? next >= paths.length : performance.now() >= deadline);
  const connection = async () => {
    while (!isDone()) {
      const path = paths[next++ % paths.length] ?? '/search';
      const requested = performance.now();
      if ((await get(agent, `${origin}${path}`)) !== 200) failures++;
      timingsMs.push(performance.now() - requested);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  agent.destroy();
  return { name, connections: options.connections, timingsMs, reqPerSec: timingsMs.length / ((performance.now() - started) / 1000), failures };
}

// Queries outside the measured list: a fresh server's first renders compile its code paths.
const warmUpPaths = ['预热', '天气 预报', 'hello world', '春运', '高铁 票价', '足球'].map((q) => searchPath({ q, page: 1 }));

/**
 * The search page through HTTP, each pass on a freshly started server so its cache starts empty:
 * one connection (what a miss and a hit cost), then `connections` (the same under load).
 */
async function timeSearchOverHttp(databaseUrl: string, options: { connections: number; duration: number }): Promise<SearchHttpPass[]> {
  const { all, distinct } = searchPaths();
  const passes: SearchHttpPass[] = [];
  for (const connections of [...new Set([1, options.connections])]) {
    const server = await startBenchServer(root, databaseUrl);
    try {
      for (const path of warmUpPaths) await get(new http.Agent(), `${server.origin}${path}`);
      say(`search over HTTP, ${connections} connection(s): ${distinct.length} distinct queries cold, then the ${all.length} queries warm…`);
      // What any request for the page costs without a search, the floor of a cache hit.
      if (connections === 1) passes.push(await timeRequests(server.origin, 'no query (the page alone)', Array.from({ length: 100 }, () => '/search'), { connections }));
      passes.push(await timeRequests(server.origin, `cold (${distinct.length} distinct queries, each a cache miss)`, distinct, { connections }));
      const warm = connections === 1 ? { connections } : { connections, seconds: options.duration };
      const rounds = connections === 1 ? 'once more' : `round and round for ${options.duration} s`;
      passes.push(await timeRequests(server.origin, `warm (the ${all.length} queries ${rounds}, cache hits)`, all, warm));
    } finally {
      await server.stop();
    }
  }
  return passes;
}

/**
 * bench:public's search figures: the function, then the search page over HTTP against DATABASE_URL
 * (bench:public calls this after stopping its own server; options default to its command line).
 */
export async function timeSearchQueries(options = loadOptions()): Promise<{ timingsMs: number[]; slowest: { q: string; ms: number }; http?: SearchHttpPass[] }> {
  const direct = await timeSearchFunction();
  const databaseUrl = process.env.DATABASE_URL;
  if (!options.isHttp || !databaseUrl) return direct;
  return { ...direct, http: await timeSearchOverHttp(databaseUrl, options) };
}

function loadOptions(): { connections: number; duration: number; isHttp: boolean } {
  const parsed = parseBenchPublicArgs(process.argv.slice(2));
  const args = parsed.ok && 'args' in parsed ? parsed.args : benchPublicDefaults;
  return { connections: args.connections, duration: args.duration, isHttp: true };
}

function numberOption(argv: readonly string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number ≥ 1`);
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const articles = numberOption(argv, '--articles', benchPublicDefaults.articles);
  const options = {
    connections: numberOption(argv, '--connections', benchPublicDefaults.connections),
    duration: numberOption(argv, '--duration', benchPublicDefaults.duration),
    isHttp: !argv.includes('--no-http'),
  };
  const database = process.env.DATABASE_URL ? null : await startBenchDatabase('search');
  const isKept = database !== null && argv.includes('--keep');
  try {
    if (database) {
      await applyMigrations(database.url);
      const seed = await seedBenchData(database.url, { articles, tags: benchPublicDefaults.tags }, say);
      process.stdout.write(`seeded ${seed.publicArticles.toLocaleString('en')} public articles in ${seed.seconds.toFixed(1)} s\n`);
      process.env.DATABASE_URL = database.url;
    }
    const { timingsMs, slowest, http: passes = [] } = await timeSearchQueries(options);
    const ms = (p: number) => `${percentile(timingsMs, p).toFixed(1)} ms`;
    const p95 = percentile(timingsMs, 95);
    process.stdout.write(`search function, ${timingsMs.length} queries: p50 ${ms(50)}, p95 ${ms(95)}, max ${ms(100)} (${slowest.q}) — target p95 ≤ ${searchP95TargetMs} ms: ${p95 <= searchP95TargetMs ? 'PASS' : 'MISS'}\n`);
    for (const pass of passes) process.stdout.write(`${formatSearchHttpPass(pass)}\n`);
    if (isKept) process.stdout.write(`The database is still running: DATABASE_URL=${database.url}\nPress Ctrl-C to stop it.\n`);
  } finally {
    await getPrisma().$disconnect().catch(() => undefined);
    if (database && !isKept) await database.stop();
  }
  if (database && isKept) cleanUpOnSignals(database.stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().catch((error: unknown) => exitWithError(`search bench failed: ${errorMessage(error)}`));
