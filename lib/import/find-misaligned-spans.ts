// Finds the runs of GBK byte-misaligned text inside the places detectMojibake flags. A run starts
// at a `?` (an orphaned byte: the lost lead byte of the first character), takes every character
// that a misaligned byte pair can decode to, and ends at an ASCII trail byte (0x40–0x7E, which
// resynchronises the stream) or at a closing `?` (the orphaned lead byte whose trail was lost).
import { parseTonedSyllable } from '../text/parse-toned-syllable';
import { pinyinSyllables } from '../text/pinyin-syllables';
import { detectMojibake } from './detect-mojibake';

export interface MisalignedSpan {
  start: number; // UTF-16 offset of the opening `?`
  end: number; // UTF-16 offset just past the span
  run: string; // the characters between the opening `?` and the end or the closing `?`
  isClosed: boolean; // a closing `?` ate the last trail byte
  isFollowedByLoss: boolean; // the single byte that resynchronised the stream is missing too
}

const maxRunLength = 32;
// A converter put `(pinyin)` after a byte pair; the decoder swallowed the `(` with the orphaned byte.
const phantomSyllable = /^([a-zA-Z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F]{1,8})\)/u;
const trailByte = /^[\x40-\x7E]$/u;
const doubleByte = /^[^\s\x00-\x7F]$/u;
const han = /^\p{Script=Han}$/u;

function skipPhantomSyllable(text: string, position: number): number {
  const match = phantomSyllable.exec(text.slice(position, position + 10));
  if (!match?.[1]) return position;
  const { toneless, toneMarkCount } = parseTonedSyllable(match[1]);
  return toneMarkCount === 1 && pinyinSyllables.has(toneless) ? position + match[0].length : position;
}

function readSpan(text: string, start: number): MisalignedSpan | null {
  let position = skipPhantomSyllable(text, start + 1);
  let run = '';
  while (position < text.length && run.length <= maxRunLength) {
    const character = String.fromCodePoint(text.codePointAt(position) ?? 0);
    if (character === '?') {
      const end = skipPhantomSyllable(text, position + 1);
      const next = text.slice(end, end + 1);
      return run ? { start, end, run, isClosed: true, isFollowedByLoss: end === position + 1 && han.test(next) } : null;
    }
    if (character === '!' || character === ',' || doubleByte.test(character)) {
      run += character;
      position += character.length;
      continue;
    }
    if (trailByte.test(character)) return { start, end: position + 1, run: run + character, isClosed: false, isFollowedByLoss: false };
    break;
  }
  return run && run.length <= maxRunLength ? { start, end: position, run, isClosed: false, isFollowedByLoss: false } : null;
}

export function findMisalignedSpans(text: string): MisalignedSpan[] {
  const spans: MisalignedSpan[] = [];
  let resumeAt = 0;
  for (const place of detectMojibake(text)) {
    for (let position = Math.max(place.index, resumeAt); position < place.index + place.length; position += 1) {
      if (text[position] !== '?') continue;
      const span = readSpan(text, position);
      if (!span) continue;
      spans.push(span);
      resumeAt = span.end;
      position = span.end - 1;
    }
  }
  return spans;
}
