// npm run bench:public -- [--articles N] [--tags N] [--connections N] [--duration S] [--keep]:
// seeds a throwaway PostgreSQL, starts the production server and measures the reader pages
// (see bench-public-args.ts for what is measured and bench-public-report.ts for the targets).
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildBenchTags } from '@/lib/bench/build-bench-tags';
import { seedBenchData, topUpBenchTags } from '@/lib/bench/seed-bench-data';
import { getPrisma } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { cleanUpOnSignals, startBenchDatabase } from './bench-database';
import { startBenchServer, type BenchServer } from './bench-editor-http';
import { measureNextFloor } from './bench-next-floor';
import { timeAdminTagList } from './bench-public-admin';
import { timeSearchQueries } from './bench-public-search';
import { benchPublicUsage, parseBenchPublicArgs, type BenchPublicArgs } from './bench-public-args';
import { fetchPage, findNextPageHref, readServerRss, runFirstRenderLoad, runLoad, timeFirstRenders, type Scenario } from './bench-public-load';
import { formatBenchPublicReport, type LoadFigures } from './bench-public-report';
import { errorMessage, exitWithError } from './exit-with-error';

const root = fileURLToPath(new URL('../../', import.meta.url));
const adminTagCount = 10_000;
const firstRenderCount = 200;
const warmUpTopicCount = 20;
const say = (line: string) => process.stderr.write(`${line}\n`);
const topicPath = (slug: string) => `/topics/${encodeURIComponent(slug)}`;

/** Public article slugs, newest first from `offset`: one for the cached scenario, many for first renders. */
async function publicArticleSlugs(databaseUrl: string, offset: number, limit: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM articles WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY published_at DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map((row) => row.slug);
  } finally {
    await client.end();
  }
}

/** Topics spread over the popularity ranks, none of them the big or the small one. */
function firstRenderTopics(tagCount: number): string[] {
  const tags = buildBenchTags(0, tagCount);
  const picked = new Set<number>();
  for (let step = 0; picked.size < Math.min(firstRenderCount, tagCount - 3); step++) picked.add(1 + ((step * 37) % (tagCount - 3)));
  return [...picked].map((index) => topicPath(tags[index]!.slug));
}

async function discoverScenarios(origin: string, args: BenchPublicArgs, databaseUrl: string): Promise<Scenario[]> {
  const [big, small] = [buildBenchTags(0, 1)[0]!, buildBenchTags(args.tags - 1, args.tags)[0]!];
  const scenarios: Scenario[] = [
    { name: `topic, big tag`, path: topicPath(big.slug), isPage: true },
    { name: `topic, small tag`, path: topicPath(small.slug), isPage: true },
  ];
  const nextHref = findNextPageHref((await fetchPage(origin, topicPath(big.slug))).html);
  if (nextHref) scenarios.push({ name: 'topic, big tag, page 2', path: new URL(nextHref, origin).pathname + new URL(nextHref, origin).search, isPage: true });
  else say('topic page 1 has no rel="next" / 更早的文章 link: page 2 not measured');
  for (const candidate of [
    { name: '/topics', path: '/topics', isPage: true },
    { name: 'article', path: `/articles/${encodeURIComponent((await publicArticleSlugs(databaseUrl, 500, 1))[0] ?? 'bench-article-1')}`, isPage: true },
    { name: 'home', path: '/', isPage: true },
    { name: 'topic feed, big tag', path: `${topicPath(big.slug)}/feed.xml`, isPage: false },
    { name: 'search 知识产权', path: `/search?q=${encodeURIComponent('知识产权')}`, isPage: false },
  ]) {
    const { status } = await fetchPage(origin, candidate.path);
    if (status === 200) scenarios.push(candidate);
    else say(`${candidate.path} answers HTTP ${status}: not measured`);
  }
  return scenarios;
}

async function main(): Promise<void> {
  const parsed = parseBenchPublicArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${benchPublicUsage}\n`);
    process.exit(2);
  }
  if ('help' in parsed) {
    process.stdout.write(`${benchPublicUsage}\n`);
    return;
  }
  const { args } = parsed;
  const database = await startBenchDatabase('public');
  let server: BenchServer | undefined;
  const cleanUp = async () => {
    await server?.stop().catch(() => undefined);
    await database.stop().catch(() => undefined);
  };
  cleanUpOnSignals(cleanUp);
  let isKept = false;
  try {
    await applyMigrations(database.url);
    const seed = await seedBenchData(database.url, { articles: args.articles, tags: args.tags }, say);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`seeded ${seed.articles.toLocaleString('en')} articles (${seed.publicArticles.toLocaleString('en')} public), ${seed.tags.toLocaleString('en')} tags, ${seed.articleTags.toLocaleString('en')} article tags in ${seed.seconds.toFixed(1)} s`);
    server = await startBenchServer(root, database.url);
    // A few renders of each kind first, so the measured ones are not a freshly started server's
    // (compiling the code paths); nothing is cached, so every measured render still reads the database.
    const warmTopics = buildBenchTags(Math.max(0, args.tags - warmUpTopicCount - 2), args.tags - 2).map((tag) => topicPath(tag.slug));
    for (const path of [...warmTopics, '/', '/topics']) await fetchPage(server.origin, path);
    const firstRenders = await timeFirstRenders(server.origin, firstRenderTopics(args.tags));
    if (firstRenders.failures.length > 0) out(`first renders that failed: ${firstRenders.failures.slice(0, 3).join('; ')}`);
    const loads: LoadFigures[] = [];
    for (const scenario of await discoverScenarios(server.origin, args, database.url)) {
      say(`load: ${scenario.name} ${scenario.path}, ${args.connections} connections, ${args.duration} s…`);
      const load = await runLoad(server.origin, scenario, args);
      out(`${scenario.name}: ${scenario.path} — ${load.reqPerSec.toFixed(1)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, errors ${load.errors}, non-2xx ${load.non2xx}, ${Math.round(load.bytesPerResponse)} bytes/response`);
      loads.push(load);
    }
    // Articles nobody has requested yet (older than the cached scenario's), one per request.
    const unrendered = (await publicArticleSlugs(database.url, 1000, 50_000)).map((slug) => `/articles/${encodeURIComponent(slug)}`);
    say(`load: first renders of distinct articles, ${args.connections} connections, ${args.duration} s…`);
    const firstRenderLoad = await runFirstRenderLoad(server.origin, 'article, first render', unrendered, args);
    out(`article first renders: ${firstRenderLoad.distinctPaths.toLocaleString('en')} distinct articles — ${firstRenderLoad.reqPerSec.toFixed(1)} req/s, p50 ${firstRenderLoad.p50Ms} ms, p99 ${firstRenderLoad.p99Ms} ms, non-2xx ${firstRenderLoad.non2xx}`);
    loads.push(firstRenderLoad);
    const rssBytes = readServerRss();
    await server.stop();
    say('floor: a bare Next.js app with one page, built and measured the same way…');
    const floor = await measureNextFloor(root, args);
    for (const load of floor) out(`${load.name}: ${load.reqPerSec.toFixed(1)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${Math.round(load.bytesPerResponse)} bytes/response`);
    loads.push(...floor);
    const added = await topUpBenchTags(database.url, args.tags, adminTagCount);
    out(`admin tag list: ${(args.tags + added).toLocaleString('en')} tags (${added.toLocaleString('en')} unused ones added after the HTTP runs)`);
    process.env.DATABASE_URL = database.url;
    const admin = await timeAdminTagList(20);
    const search = await timeSearchQueries();
    out('');
    out(`bench:public — ${args.connections} connections, ${args.duration} s a scenario`);
    for (const line of formatBenchPublicReport({ loads, uncachedMs: firstRenders.timingsMs, admin, search, rssBytes })) out(line);
    if (args.isKeep) {
      isKept = true;
      out(`\nThe bench database is still running: DATABASE_URL=${database.url}\nPress Ctrl-C to stop it.`);
    }
  } finally {
    if (process.env.DATABASE_URL === database.url) await getPrisma().$disconnect().catch(() => undefined);
    if (isKept) await server?.stop().catch(() => undefined);
    else await cleanUp();
  }
}

main().catch((error: unknown) => exitWithError(`bench:public failed: ${errorMessage(error)}`));
