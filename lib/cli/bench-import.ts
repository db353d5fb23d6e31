// npm run bench:import -- [--files N]: generates N pages in a temporary directory (three plain-
// text dumps to every ~150 KB portal page, a third of those GBK-encoded), then imports them one
// at a time as the batch job does (importFile, content hash, SimHash, tag suggestions) and
// prints pages per second and peak memory against the targets. Pages are written and read one
// by one, so memory reflects the pipeline, not the batch. Exits non-zero only if the run fails.
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { contentHash } from '@/lib/import/fingerprint/content-hash';
import { simhash, simhashBands } from '@/lib/import/fingerprint/simhash';
import { ImportError } from '@/lib/import/import-error';
import { defaultMaxFileBytes, importFile } from '@/lib/import/import-file';
import { suggestTags } from '@/lib/import/suggest-tags';
import { benchImportUsage, parseBenchImportArgs } from './bench-import-args';
import { loadBenchSamples, type BenchSamples } from './bench-import-samples';
import { makeHtmlPage } from './bench-import-html-page';
import { benchStages, formatBenchReport, type BenchFigures, type BenchKindFigures, type BenchPageKind, type BenchStage } from './bench-import-report';
import { makeTextPage } from './bench-import-text-page';
import { benchVocabulary } from './bench-import-vocabulary';
import { errorMessage, exitWithError } from './exit-with-error';

interface PlannedPage {
  name: string;
  kind: BenchPageKind;
  isGbk: boolean;
}

function planPage(index: number): PlannedPage {
  const kind = index % 4 === 3 ? 'html' : 'txt';
  const isGbk = kind === 'html' && index % 12 === 3;
  return { name: `page-${String(index).padStart(7, '0')}.${kind === 'html' ? 'html' : 'txt'}`, kind, isGbk };
}

function pageBytes(index: number, page: PlannedPage, samples: BenchSamples): Uint8Array {
  if (page.kind === 'txt') return new TextEncoder().encode(makeTextPage(samples.dumps[index % 2] ?? '', index));
  if (page.isGbk) return iconv.encode(makeHtmlPage(samples.simplified[index % 2] ?? samples.simplified[0]!, index, 'gbk'), 'gbk');
  const articles = index % 8 === 7 ? samples.traditional : samples.simplified;
  return new TextEncoder().encode(makeHtmlPage(articles[(index >> 3) % 2] ?? articles[0]!, index, 'utf-8'));
}

async function generatePages(directory: string, files: number, samples: BenchSamples): Promise<void> {
  for (let index = 0; index < files; index++) {
    const page = planPage(index);
    await writeFile(join(directory, page.name), pageBytes(index, page, samples));
  }
}

const emptyKind = (): BenchKindFigures => ({ pages: 0, failed: 0, stageMilliseconds: Object.fromEntries(benchStages.map((stage) => [stage, 0])) as Record<BenchStage, number> });

function importPages(directory: string, files: number): Omit<BenchFigures, 'generateSeconds' | 'wallSeconds' | 'peakRssMegabytes'> {
  const kinds: Record<BenchPageKind, BenchKindFigures> = { txt: emptyKind(), html: emptyKind() };
  const hashes = new Set<string>();
  const failures: string[] = [];
  let gbkPages = 0;
  for (let index = 0; index < files; index++) {
    const page = planPage(index);
    const figures = kinds[page.kind];
    const stages = figures.stageMilliseconds;
    figures.pages++;
    if (page.isGbk) gbkPages++;
    let started = performance.now();
    const lap = (stage: BenchStage) => {
      const now = performance.now();
      stages[stage] += now - started;
      started = now;
    };
    try {
      const bytes = new Uint8Array(readFileSync(join(directory, page.name)));
      lap('read');
      const { article, report } = importFile(bytes, page.name, { maxBytes: defaultMaxFileBytes });
      lap('importFile');
      hashes.add(contentHash(article.title, article.bodyText));
      lap('contentHash');
      simhashBands(simhash(article.bodyText));
      lap('simhash');
      suggestTags({ title: article.title, bodyText: article.bodyText, pageTags: report.pageTags }, benchVocabulary);
      lap('suggestTags');
      if (report.kind !== (page.kind === 'html' ? 'html' : 'text')) throw new Error(`read as ${report.kind}`);
    } catch (error) {
      figures.failed++;
      const reason = error instanceof ImportError ? error.message : `internal error: ${errorMessage(error)}`;
      if (failures.length < 5) failures.push(`${page.name}: ${reason}`);
    }
    if ((index + 1) % 1000 === 0) process.stderr.write(`  imported ${index + 1} of ${files}\n`);
  }
  return { files, kinds, gbkPages, distinctContentHashes: hashes.size, failures };
}

async function main(): Promise<void> {
  const parsed = parseBenchImportArgs(process.argv.slice(2));
  if (!parsed.ok) exitWithError(parsed.error);
  if ('help' in parsed) {
    process.stdout.write(`${benchImportUsage}\n`);
    return;
  }
  const { files } = parsed.args;
  const directory = await mkdtemp(join(tmpdir(), 'inkstone-bench-import-'));
  // Also when interrupted, or killed by a closed pipe or an uncaught error ('exit' runs then too).
  const removeNow = () => rmSync(directory, { recursive: true, force: true });
  process.once('exit', removeNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
  try {
    const samples = loadBenchSamples();
    process.stderr.write(`Generating ${files.toLocaleString('en')} pages in ${directory}…\n`);
    let started = performance.now();
    await generatePages(directory, files, samples);
    const generateSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const figures = importPages(directory, files);
    const wallSeconds = (performance.now() - started) / 1000;
    const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
    const report = formatBenchReport({ ...figures, generateSeconds, wallSeconds, peakRssMegabytes });
    process.stdout.write(`${report.join('\n')}\n`);
    if (figures.kinds.txt.failed + figures.kinds.html.failed > 0) process.exitCode = 1;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => exitWithError(`bench:import failed: ${errorMessage(error)}`));
