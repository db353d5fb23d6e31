// The benchmark's figures and how they are printed, apart from the run so they can be tested.

export type BenchPageKind = 'txt' | 'html';
export const benchStages = ['read', 'importFile', 'contentHash', 'simhash', 'suggestTags'] as const;
export type BenchStage = (typeof benchStages)[number];

export interface BenchKindFigures {
  pages: number;
  failed: number;
  // Milliseconds spent in each stage over all pages of this kind.
  stageMilliseconds: Record<BenchStage, number>;
}

export interface BenchFigures {
  files: number;
  kinds: Record<BenchPageKind, BenchKindFigures>;
  gbkPages: number;
  distinctContentHashes: number;
  generateSeconds: number;
  wallSeconds: number;
  peakRssMegabytes: number;
  failures: string[];
}

export const benchTargets = { txtPagesPerSecond: 200, htmlPagesPerSecond: 30, peakRssMegabytes: 400 } as const;

export function pagesPerSecond(kind: BenchKindFigures): number {
  const milliseconds = benchStages.reduce((sum, stage) => sum + kind.stageMilliseconds[stage], 0);
  return milliseconds === 0 ? 0 : ((kind.pages - kind.failed) / milliseconds) * 1000;
}

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const number = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function stageLine(kind: BenchPageKind, figures: BenchKindFigures): string {
  const succeeded = Math.max(1, figures.pages - figures.failed);
  const stages = benchStages.map((stage) => `${stage} ${number(figures.stageMilliseconds[stage] / succeeded, 2)}`);
  return `  ${kind.padEnd(4)} ms/page: ${stages.join(', ')}`;
}

/** The report lines; the rates count only files that imported, over the time spent on them. */
export function formatBenchReport(figures: BenchFigures): string[] {
  const { txt, html } = figures.kinds;
  const txtRate = pagesPerSecond(txt);
  const htmlRate = pagesPerSecond(html);
  const smallRun = figures.files < 10_000 ? ' (targets are for 10,000 files; this run had fewer)' : '';
  const lines = [
    `Import benchmark: ${number(figures.files)} files — ${number(txt.pages)} txt, ${number(html.pages)} HTML (~150 KB, ${number(figures.gbkPages)} GBK); generated in ${number(figures.generateSeconds, 1)} s, imported in ${number(figures.wallSeconds, 1)} s`,
    `  txt pages/s    ${number(txtRate, 1).padStart(9)}   target ≥ ${benchTargets.txtPagesPerSecond}   ${txt.pages === 0 ? 'not run' : verdict(txtRate >= benchTargets.txtPagesPerSecond)}`,
    `  HTML pages/s   ${number(htmlRate, 1).padStart(9)}   target ≥ ${benchTargets.htmlPagesPerSecond}    ${html.pages === 0 ? 'not run' : verdict(htmlRate >= benchTargets.htmlPagesPerSecond)}`,
    `  peak RSS (MB)  ${number(figures.peakRssMegabytes, 1).padStart(9)}   target ≤ ${benchTargets.peakRssMegabytes}   ${verdict(figures.peakRssMegabytes <= benchTargets.peakRssMegabytes)}${smallRun}`,
    `  total files    ${number(figures.files).padStart(9)}   ${number(txt.failed + html.failed)} failed, ${number(figures.distinctContentHashes)} distinct content hashes`,
    'Where the time goes:',
    stageLine('txt', txt),
    stageLine('html', html),
  ];
  if (figures.failures.length > 0) lines.push('Failures (first few):', ...figures.failures.map((failure) => `  ${failure}`));
  return lines;
}
