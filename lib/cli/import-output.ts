// The import command's per-file lines and closing summary, as text for people or JSON Lines.
import type { DryRunResult } from './import-dry-run';
import type { DatabaseOutcome } from './import-to-database';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatDryRunResult(result: DryRunResult): string {
  if (!result.article || !result.report) return `failed     ${result.file}: ${result.error ?? 'unknown error'}`;
  const { article, report } = result;
  const counts = [
    `${report.encoding}`,
    `${report.pinyinStripped} pinyin stripped`,
    plural(report.repairs.length, 'repair'),
    `${report.removedLines.length} lines removed`,
    plural(report.warnings.length, 'warning'),
  ];
  const lines = [`ok         ${result.file}: “${article.title}” (${counts.join(', ')})`];
  for (const warning of report.warnings) lines.push(`             ! ${warning}`);
  return lines.join('\n');
}

export function formatDatabaseOutcome(outcome: DatabaseOutcome): string {
  switch (outcome.status) {
    case 'created':
      return `created    ${outcome.file}: /articles/${outcome.slug} (${outcome.published ? 'published' : 'draft'})`;
    case 'duplicate':
      return `duplicate  ${outcome.file}: already imported, as ${outcome.duplicateOf}`;
    case 'failed':
      return `failed     ${outcome.file}: ${outcome.error}`;
  }
}

export function formatSummary(counts: Record<string, number>, order: readonly string[]): string {
  return order.map((status) => `${counts[status] ?? 0} ${status}`).join(', ');
}
