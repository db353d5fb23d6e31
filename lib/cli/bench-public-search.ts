// The search function of bench:public, timed in this process against the bench database.
// Run alone it times search only: with DATABASE_URL set, against that database as it is; without,
// against a throwaway database seeded like bench:public's (`--articles N`, default 100,000):
//   node --conditions=react-server --import tsx lib/cli/bench-public-search.ts [--articles N] [--keep]
import { fileURLToPath } from 'node:url';
import { tagFields, tagRegions, titleEvents, titleSubjects } from '@/lib/bench/bench-vocabulary';
import { seedBenchData } from '@/lib/bench/seed-bench-data';
import { getPrisma } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { searchArticles } from '@/lib/search/search-articles';
import { convertToTraditional } from '@/lib/text/convert-to-traditional';
import { cleanUpOnSignals, startBenchDatabase } from './bench-database';
import { benchPublicDefaults } from './bench-public-args';
import { percentile } from './bench-editor-report';
import { searchP95TargetMs } from './bench-public-report';
import { errorMessage, exitWithError } from './exit-with-error';

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

export async function timeSearchQueries(): Promise<{ timingsMs: number[]; slowest: { q: string; ms: number } }> {
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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--articles');
  const articles = at >= 0 ? Number(argv[at + 1]) : benchPublicDefaults.articles;
  if (!Number.isInteger(articles) || articles < 100) throw new Error('--articles needs a whole number ≥ 100');
  const database = process.env.DATABASE_URL ? null : await startBenchDatabase('search');
  const isKept = database !== null && argv.includes('--keep');
  try {
    if (database) {
      await applyMigrations(database.url);
      const seed = await seedBenchData(database.url, { articles, tags: benchPublicDefaults.tags }, (line) => process.stderr.write(`${line}\n`));
      process.stdout.write(`seeded ${seed.publicArticles.toLocaleString('en')} public articles in ${seed.seconds.toFixed(1)} s\n`);
      process.env.DATABASE_URL = database.url;
    }
    const { timingsMs, slowest } = await timeSearchQueries();
    const ms = (p: number) => `${percentile(timingsMs, p).toFixed(1)} ms`;
    const p95 = percentile(timingsMs, 95);
    process.stdout.write(`search function, ${timingsMs.length} queries: p50 ${ms(50)}, p95 ${ms(95)}, max ${ms(100)} (${slowest.q}) — target p95 ≤ ${searchP95TargetMs} ms: ${p95 <= searchP95TargetMs ? 'PASS' : 'MISS'}\n`);
    if (isKept) process.stdout.write(`The database is still running: DATABASE_URL=${database.url}\nPress Ctrl-C to stop it.\n`);
  } finally {
    await getPrisma().$disconnect().catch(() => undefined);
    if (database && !isKept) await database.stop();
  }
  if (database && isKept) cleanUpOnSignals(database.stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().catch((error: unknown) => exitWithError(`search bench failed: ${errorMessage(error)}`));
