export interface MojibakeSpan {
  index: number; // UTF-16 offset of the first suspicious character
  length: number; // UTF-16 length from the first to the last suspicious character
  excerpt: string; // the span with a little context, for the editor
}

// Signals of GBK bytes edited without respecting character boundaries. Strong ones rarely occur
// in clean text; weak ones (an ASCII ? or a lone ASCII letter between Han characters) are common
// in clean text (誰?我, A股) and only count next to a strong one.
const strongSignals = [
  /[\u{E000}-\u{F8FF}]/gu,
  /\?[!,](?=[\p{Script=Han}\u{E000}-\u{F8FF}\x40-\x7E])/gu,
  /\?[a-z\u00E0-\u01DC\u0300-\u036F]{1,8}\)/gu,
];
const weakSignals = [/(?<=\p{Script=Han})\?(?=\p{Script=Han})/gu, /(?<=\p{Script=Han})[\x40-\x7E](?=[\p{Script=Han}?])/gu];
const clusterGap = 8;
const context = 4;

function findSignals(text: string, patterns: readonly RegExp[]): { start: number; end: number }[] {
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
}

const maxSignalLength = 16;

// Whether a position lies within clusterGap of a strong signal, `strong` sorted by start: a binary
// search finds the first signal that could reach it, and only the few that start nearby are
// checked (a page can hold thousands of signals; comparing each weak one with every strong one
// would be quadratic).
function isNearAny(strong: readonly { start: number; end: number }[], position: number): boolean {
  let low = 0;
  let high = strong.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((strong[middle]?.start ?? 0) < position - clusterGap - maxSignalLength) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < strong.length; index += 1) {
    const signal = strong[index];
    if (!signal || signal.start > position + clusterGap) break;
    if (position >= signal.start - clusterGap && position <= signal.end + clusterGap) return true;
  }
  return false;
}

export function detectMojibake(text: string): MojibakeSpan[] {
  const strong = findSignals(text, strongSignals).sort((left, right) => left.start - right.start || left.end - right.end);
  const isNearStrong = (position: number) => isNearAny(strong, position);
  const weak = findSignals(text, weakSignals).filter(({ start }) => isNearStrong(start));
  const signals = [...strong, ...weak].sort((left, right) => left.start - right.start);

  const clusters: { start: number; end: number }[] = [];
  for (const signal of signals) {
    const last = clusters.at(-1);
    if (last && signal.start <= last.end + clusterGap) last.end = Math.max(last.end, signal.end);
    else clusters.push({ ...signal });
  }
  return clusters.map(({ start, end }) => ({
    index: start,
    length: end - start,
    excerpt: text.slice(Math.max(0, start - context), end + context).replace(/\s+/g, ' ').trim(),
  }));
}
