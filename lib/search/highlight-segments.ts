import { convertToSimplified } from '@/lib/text/convert-to-simplified';

export interface TextSegment {
  text: string;
  match: boolean;
}

function simplifyInPlace(character: string): string {
  const simplified = convertToSimplified(character);
  return simplified.length === character.length ? simplified : character;
}

/** Each UTF-16 unit of `text` folded on its own (NFKC, lower case), so offsets stay aligned. */
function foldAligned(text: string): string {
  // t2s keeps the length for nearly all text; when it does not, fold character by character.
  const simplified = convertToSimplified(text);
  const source = simplified.length === text.length ? simplified : [...text].map(simplifyInPlace).join('');
  let folded = '';
  for (const unit of source) {
    const one = unit.normalize('NFKC').toLowerCase();
    folded += one.length === unit.length ? one : unit;
  }
  return folded;
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
