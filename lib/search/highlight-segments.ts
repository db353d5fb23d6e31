import { convertToSimplified } from '@/lib/text/convert-to-simplified';

export interface TextSegment {
  text: string;
  match: boolean;
}

function simplifyInPlace(character: string): string {
  const simplified = convertToSimplified(character);
  return simplified.length === character.length ? simplified : character;
}

// Characters NFKC and lower-casing leave as they are: ASCII other than A-Z, and the CJK ideographs
// (the compatibility ideographs lie elsewhere). Normalising the rest one at a time is the slow part.
const mayFold = /[^\x00-\x40\x5b-\x7f\u3400-\u9fff]/gu;

function foldInPlace(character: string): string {
  const folded = character.normalize('NFKC').toLowerCase();
  return folded.length === character.length ? folded : character;
}

/** Each character of `text` folded on its own (NFKC, lower case), so offsets stay aligned. */
function foldAligned(text: string): string {
  // t2s keeps the length for nearly all text; when it does not, fold character by character.
  const simplified = convertToSimplified(text);
  const source = simplified.length === text.length ? simplified : [...text].map(simplifyInPlace).join('');
  return source.replace(mayFold, foldInPlace);
}

/** Which UTF-16 units of `text` belong to an occurrence of one of `tokens` (folded, Simplified). */
export function findMatches(text: string, tokens: readonly string[]): boolean[] {
  const marked = new Array<boolean>(text.length).fill(false);
  if (tokens.length === 0 || text === '') return marked;
  const folded = foldAligned(text);
  for (const token of tokens) {
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + token.length)) {
      marked.fill(true, at, at + token.length);
    }
  }
  return marked;
}

/** `text[from, to)` as runs of matched and unmatched text. */
export function toSegments(text: string, marked: readonly boolean[], from = 0, to = text.length): TextSegment[] {
  const segments: TextSegment[] = [];
  for (let at = from; at < to; ) {
    const match = marked[at] ?? false;
    let end = at + 1;
    while (end < to && (marked[end] ?? false) === match) end += 1;
    segments.push({ text: text.slice(at, end), match });
    at = end;
  }
  return segments;
}

/** A whole text (a title) with the query's words marked. */
export function highlightSegments(text: string, tokens: readonly string[]): TextSegment[] {
  return toSegments(text, findMatches(text, tokens));
}
