import { findMatches, toSegments, type TextSegment } from './highlight-segments';

export const snippetLength = 100;
const leadIn = 20;

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

// Folding (OpenCC, NFKC) a body's first few thousand characters for each of a page's results took
// longer than the queries: the opening, which holds most first matches, is folded first, the
// rest only when it has none, and then just the snippet's surroundings for its marks.
const openingLength = 500;

/** Where the first occurrence of one of `tokens` starts in `text`, or -1. */
function findFirstMatch(text: string, tokens: readonly string[], overlap: number): number {
  const inOpening = findMatches(text.slice(0, openingLength + overlap), tokens).indexOf(true);
  // A match starting in the overlap is found again, whole, with the rest.
  if (inOpening !== -1 && (inOpening < openingLength || text.length <= openingLength + overlap)) return inOpening;
  if (text.length <= openingLength + overlap) return -1;
  const inRest = findMatches(text.slice(openingLength), tokens).indexOf(true);
  return inRest === -1 ? -1 : openingLength + inRest;
}

/** The matches in `text` around `[from, from + snippetLength)`: enough for cut() to mark and to extend to. */
function findMatchesAround(text: string, tokens: readonly string[], from: number, overlap: number): boolean[] {
  const marked = new Array<boolean>(text.length).fill(false);
  const low = Math.max(0, from - overlap);
  findMatches(text.slice(low, from + snippetLength + 2 + 2 * overlap), tokens).forEach((isMatch, at) => {
    marked[low + at] = isMatch;
  });
  return marked;
}

/**
 * About `snippetLength` characters of the first text that contains a query word, starting a little
 * before its first match, with the matches marked; without any match, the start of the first
 * non-empty text. Line breaks become spaces; an ellipsis marks text cut off on either side.
 */
export function buildSnippet(texts: readonly string[], tokens: readonly string[]): TextSegment[] {
  const candidates = texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
  const overlap = Math.max(0, ...tokens.map((token) => token.length - 1));
  for (const text of candidates) {
    const first = tokens.length > 0 ? findFirstMatch(text, tokens, overlap) : -1;
    if (first === -1) continue;
    const from = Math.max(0, Math.min(first - leadIn, text.length - snippetLength));
    return cut(text, findMatchesAround(text, tokens, from, overlap), from);
  }
  const text = candidates[0] ?? '';
  return cut(text, new Array<boolean>(text.length).fill(false), 0);
}

function cut(text: string, marked: boolean[], start: number): TextSegment[] {
  let from = start;
  if (isLowSurrogate(text, from)) from -= 1;
  let to = Math.min(text.length, from + snippetLength);
  if (to < text.length && isLowSurrogate(text, to)) to += 1;
  // Do not end inside a marked word.
  while (to < text.length && marked[to] && marked[to - 1]) to += 1;
  const segments = toSegments(text, marked, from, to);
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < text.length) segments.push({ text: '…', match: false });
  return mergeAdjacent(segments);
}

function mergeAdjacent(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.match === segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
