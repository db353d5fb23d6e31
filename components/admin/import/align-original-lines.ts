// Lines up the report with the original text for the side-by-side view. The pipeline records
// removed lines after stripping pinyin and repairing mojibake, while the original keeps both, so
// each original line is normalised the same way before it is compared.
import type { BoilerplateRule, RemovedLine } from '@/lib/import/import-result';
import type { MojibakeRepair } from '@/lib/import/repair-mojibake';
import { stripPinyin } from '@/lib/import/strip-pinyin';

export type OriginalSegment =
  | { kind: 'text'; text: string }
  | { kind: 'repair'; before: string; after: string; confidence: number };

export interface OriginalLine {
  number: number;
  segments: OriginalSegment[];
  removedBy: BoilerplateRule | null;
}

export interface AlignedOriginal {
  lines: OriginalLine[];
  // Removed lines no original line matched (an HTML page's chrome removed before its text was
  // taken), listed apart so nothing the importer dropped goes unseen.
  unlocatedRemovals: RemovedLine[];
}

function normalise(line: string, repairs: readonly MojibakeRepair[]): string {
  let text = stripPinyin(line).text;
  for (const repair of repairs) text = text.replaceAll(repair.before, repair.after);
  return stripPinyin(text).text.replace(/\s+/gu, ' ').trim();
}

function segmentLine(line: string, pending: MojibakeRepair[]): OriginalSegment[] {
  const segments: OriginalSegment[] = [];
  let position = 0;
  for (const repair of [...pending]) {
    if (repair.before === '') continue;
    const index = line.indexOf(repair.before, position);
    if (index === -1) continue;
    if (index > position) segments.push({ kind: 'text', text: line.slice(position, index) });
    segments.push({ kind: 'repair', before: repair.before, after: repair.after, confidence: repair.confidence });
    position = index + repair.before.length;
    pending.splice(pending.indexOf(repair), 1);
  }
  if (position < line.length || segments.length === 0) segments.push({ kind: 'text', text: line.slice(position) });
  return segments;
}

export function alignOriginalLines(
  original: string,
  removedLines: readonly RemovedLine[],
  repairs: readonly MojibakeRepair[],
): AlignedOriginal {
  const removals = new Map<string, RemovedLine[]>();
  for (const removed of removedLines) {
    const key = removed.line.replace(/\s+/gu, ' ').trim();
    removals.set(key, [...(removals.get(key) ?? []), removed]);
  }
  const pendingRepairs = [...repairs].sort((a, b) => a.offset - b.offset);
  const lines = original.split(/\r\n|\r|\n/u).map((line, index): OriginalLine => {
    const segments = segmentLine(line, pendingRepairs);
    const key = line.trim() === '' ? '' : normalise(line, repairs);
    const match = key === '' ? undefined : removals.get(key)?.shift();
    return { number: index + 1, segments, removedBy: match?.rule ?? null };
  });
  return { lines, unlocatedRemovals: [...removals.values()].flat() };
}
