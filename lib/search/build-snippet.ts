import { findMatches, toSegments, type TextSegment } from './highlight-segments';

export const snippetLength = 100;
const leadIn = 20;

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * About `snippetLength` characters of the first text that contains a query word, starting a little
 * before its first match, with the matches marked; without any match, the start of the first
 * non-empty text. Line breaks become spaces; an ellipsis marks text cut off on either side.
 */
export function buildSnippet(texts: readonly string[], tokens: readonly string[]): TextSegment[] {
  const candidates = texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
  for (const text of candidates) {
    const marked = findMatches(text, tokens);
    const first = marked.indexOf(true);
    if (first === -1) continue;
    return cut(text, marked, Math.max(0, Math.min(first - leadIn, text.length - snippetLength)));
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
