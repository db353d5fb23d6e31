import type { DiffSegmentKind } from './article-diff';

export interface SequenceEdit {
  kind: DiffSegmentKind;
  value: string;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a[length] === b[length]) length += 1;
  return length;
}

function commonSuffixLength(a: readonly string[], b: readonly string[], prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < limit && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

// Myers' O(ND) shortest edit script. Each step's frontier is kept for the walk back, so memory
// grows with D²: beyond `maxEdits` the caller gets null and shows the parts as replaced wholesale.
function shortestEditScript(a: readonly string[], b: readonly string[], maxEdits: number): SequenceEdit[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const trace: Int32Array[] = [];
  // v[k + offset] is the furthest x reached on diagonal k = x - y.
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  for (let d = 0; d <= limit; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(a, b, trace);
    }
  }
  return null;
}

function walkBack(a: readonly string[], b: readonly string[], trace: Int32Array[]): SequenceEdit[] {
  const edits: SequenceEdit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const frontier = trace[d] as Int32Array;
    const at = (k: number) => frontier[k + d + 1] ?? 0;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      edits.push({ kind: 'same', value: a[x] as string });
    }
    if (d > 0) {
      if (x === previousX) edits.push({ kind: 'added', value: b[previousY] as string });
      else edits.push({ kind: 'removed', value: a[previousX] as string });
    }
    x = previousX;
    y = previousY;
  }
  return edits.reverse();
}

/**
 * The edits that turn `a` into `b` (items kept, removed, added, in order). When they would take
 * more than `maxEdits` insertions and deletions, everything between the common prefix and suffix
 * is reported as removed and then added.
 */
export function diffSequences(a: readonly string[], b: readonly string[], maxEdits: number): SequenceEdit[] {
  const prefix = commonPrefixLength(a, b);
  const suffix = commonSuffixLength(a, b, prefix);
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  const middle = shortestEditScript(middleA, middleB, maxEdits) ?? [
    ...middleA.map((value): SequenceEdit => ({ kind: 'removed', value })),
    ...middleB.map((value): SequenceEdit => ({ kind: 'added', value })),
  ];
  return [
    ...a.slice(0, prefix).map((value): SequenceEdit => ({ kind: 'same', value })),
    ...middle,
    ...a.slice(a.length - suffix).map((value): SequenceEdit => ({ kind: 'same', value })),
  ];
}
