// Repairs UTF-8 text that was once decoded as GBK and saved again (国家 -> 鍥藉): each stretch of
// characters whose GBK bytes could be UTF-8 bytes is turned back into those bytes and decoded as
// UTF-8, strictly. The result replaces the stretch only when it reads as Chinese and clearly beats
// it on word frequencies. A stretch followed by ? or U+FFFD may have lost its last byte to the
// decoder: the 64 possible bytes are tried and the most plausible kept, or 〔?〕 marks the place
// when none stands out. Good text is left alone: its GBK bytes are almost never valid UTF-8.
import { scoreWordFrequency } from '../text/word-frequency-score';
import { gbkPairOf } from './gbk-byte-table';
import { contextBefore, lostMarker, type MojibakeRepair } from './repair-mojibake';

export interface Utf8RepairedText {
  text: string;
  repairs: MojibakeRepair[];
  lostMarkers: number;
  skipped: number; // stretches left untried once the budget ran out
}

interface Piece {
  start: number; // UTF-16 offset of the character
  end: number;
  bytes: number[];
}

interface Segment {
  start: number;
  end: number; // past its last character
  bytes: number[];
  lacksLastByte: boolean; // its last UTF-8 sequence lacks one byte, which the ? or U+FFFD after it stands for
}

const minimumGain = 8; // natural-log units of word-frequency likelihood over the untouched text
const minimumShare = 0.5; // a guessed lost byte must win at least this share of the 64 candidates
const contextLength = 6;
const utf8 = new TextDecoder('utf-8', { fatal: true });
// What UTF-8 Chinese text decodes to: Han, CJK and full-width punctuation, ASCII from trail bytes.
const readable = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f\u00b7\x20-\x7e]+$/u;
const han = /\p{Script=Han}/u;
// A lost byte always sat right before an ASCII byte, most often a digit: after digits, units and
// date words are far likelier than their unigram frequencies say (2024年, 7月, 3万).
const unitAfterDigits = /(?<=[0-9０-９])[年月日号號时時点點分秒万萬亿億元个個件人名家次岁歲天周週米吨噸倍项項条條位]$/u;
const monthAfterYear = /年\s*[0-9０-９]{1,2}月$/u;
const dayAfterMonth = /月\s*[0-9０-９]{1,2}[日号號]$/u;

function digitPrior(text: string): number {
  if (monthAfterYear.test(text) || dayAfterMonth.test(text)) return 8;
  return unitAfterDigits.test(text) ? 4 : 0;
}

const isUtf8MultiByte = (byte: number) => (byte >= 0x80 && byte <= 0xbf) || (byte >= 0xe0 && byte <= 0xef);
const isLostByteMark = (character: string | undefined) => character === '?' || character === '\ufffd';

let sourcePairs: Int32Array | undefined;

// For every BMP character, the bytes it came from if a UTF-8 byte stream read as GBK can produce
// it, as lead * 256 + trail (0 when it cannot): both bytes of its pair UTF-8 lead/continuation
// bytes, or a UTF-8 byte followed by an ASCII byte it swallowed. GBK (cp936) reads a lone 0x80 as
// the euro sign, marked -1. A flat table: every character of a page is looked up.
function buildSourcePairs(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let code = 0x80; code < 0x10000; code += 1) {
    const pair = code >= 0xd800 && code <= 0xdfff ? undefined : gbkPairOf(String.fromCharCode(code));
    if (pair === undefined) continue;
    const [lead, trail] = [pair >> 8, pair & 0xff];
    if (isUtf8MultiByte(lead) && (isUtf8MultiByte(trail) || (trail >= 0x40 && trail <= 0x7e))) table[code] = pair;
  }
  table['€'.charCodeAt(0)] = -1;
  return table;
}

function sourceBytes(code: number): number[] | null {
  sourcePairs ??= buildSourcePairs();
  const pair = sourcePairs[code] ?? 0;
  if (pair === 0) return null;
  return pair === -1 ? [0x80] : [pair >> 8, pair & 0xff];
}

function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  return byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
}

// Within a run of candidate characters, the stretches whose bytes form whole UTF-8 sequences,
// starting at a character whose first byte leads a sequence (the misreading began aligned) and
// ending where a sequence and a character end together; good text around them is left out.
function findSegments(pieces: readonly Piece[], isFollowedByMark: boolean): Segment[] {
  const segments: Segment[] = [];
  let index = 0;
  while (index < pieces.length) {
    const first = pieces[index] as Piece;
    if (sequenceLength(first.bytes[0] ?? 0) !== 3) {
      index += 1;
      continue;
    }
    let needed = 0;
    let goodEnd = index;
    let isBroken = false;
    let last = index;
    for (; last < pieces.length && !isBroken; last += 1) {
      for (const byte of (pieces[last] as Piece).bytes) {
        if (needed > 0 && byte >= 0x80 && byte <= 0xbf) needed -= 1;
        else if (needed === 0 && sequenceLength(byte) > 0) needed = sequenceLength(byte) - 1;
        else {
          isBroken = true;
          break;
        }
      }
      if (!isBroken && needed === 0) goodEnd = last + 1;
    }
    const lacksLastByte = !isBroken && needed === 1 && isFollowedByMark;
    const end = lacksLastByte ? pieces.length : goodEnd;
    const chosen = pieces.slice(index, end);
    const bytes = chosen.flatMap((piece) => piece.bytes);
    if (bytes.length >= (lacksLastByte ? 2 : 3)) {
      segments.push({ start: first.start, end: (chosen.at(-1) as Piece).end, bytes, lacksLastByte });
      index = end;
    } else {
      index += 1;
    }
  }
  return segments;
}

function findCandidates(text: string): Segment[] {
  const segments: Segment[] = [];
  let pieces: Piece[] = [];
  for (let position = 0; position < text.length; position += 1) {
    const code = text.charCodeAt(position);
    const bytes = code < 0x80 ? null : sourceBytes(code);
    if (bytes) pieces.push({ start: position, end: position + 1, bytes });
    else if (pieces.length > 0) {
      segments.push(...findSegments(pieces, isLostByteMark(text[position])));
      pieces = [];
    }
  }
  if (pieces.length > 0) segments.push(...findSegments(pieces, false));
  return segments;
}

function decodeStrictly(bytes: readonly number[]): string | null {
  try {
    const text = utf8.decode(new Uint8Array(bytes));
    return readable.test(text) && han.test(text) ? text : null;
  } catch {
    return null;
  }
}

interface Decoding {
  text: string;
  score: number; // of the text in its context
  share: number; // of the best among the completions tried (1 when nothing was guessed)
}

// The segment decoded, or for one that lacks its last byte the best of the 64 completions.
function bestDecoding(segment: Segment, left: string, right: string): Decoding | null {
  const score = (text: string) => scoreWordFrequency(left + text + right) + digitPrior(left + text);
  if (!segment.lacksLastByte) {
    const text = decodeStrictly(segment.bytes);
    return text === null ? null : { text, score: score(text), share: 1 };
  }
  const candidates: Omit<Decoding, 'share'>[] = [];
  for (let byte = 0x80; byte <= 0xbf; byte += 1) {
    const text = decodeStrictly([...segment.bytes, byte]);
    if (text !== null) candidates.push({ text, score: score(text) });
  }
  const best = candidates.reduce<Omit<Decoding, 'share'> | null>((top, candidate) => (top === null || candidate.score > top.score ? candidate : top), null);
  if (!best) return null;
  const total = candidates.reduce((sum, candidate) => sum + Math.exp(candidate.score - best.score), 0);
  return { ...best, share: 1 / total };
}

// `budget.segments` caps how many stretches are tried; the rest is counted in `skipped`.
export function repairUtf8ReadAsGbk(text: string, budget: { segments: number } = { segments: Infinity }): Utf8RepairedText {
  const repairs: MojibakeRepair[] = [];
  const parts: string[] = [];
  let tail = '';
  let copiedUpTo = 0;
  let lostMarkers = 0;
  let skipped = 0;
  for (const segment of findCandidates(text)) {
    if (budget.segments <= 0) {
      skipped += 1;
      continue;
    }
    budget.segments -= 1;
    // The mark standing for a lost byte goes with the segment.
    const end = segment.lacksLastByte ? segment.end + 1 : segment.end;
    const before = text.slice(segment.start, end);
    const left = contextBefore(text, segment.start, tail, copiedUpTo, contextLength);
    const right = text.slice(end, end + contextLength);
    const decoded = bestDecoding(segment, left, right);
    const gain = decoded ? decoded.score - scoreWordFrequency(text.slice(Math.max(0, segment.start - contextLength), segment.start) + before + right) : 0;
    if (!decoded || gain < minimumGain) continue;
    const isGuessTooWeak = decoded.share < minimumShare;
    const after = isGuessTooWeak ? [...decoded.text].slice(0, -1).join('') + lostMarker : decoded.text;
    if (isGuessTooWeak) lostMarkers += 1;
    const confidence = decoded.share / (1 + Math.exp(-gain));
    repairs.push({ before, after, confidence: Number(confidence.toFixed(3)), offset: segment.start, kind: 'utf8-read-as-gbk' });
    parts.push(text.slice(copiedUpTo, segment.start), after);
    tail = (left + after).slice(-contextLength);
    copiedUpTo = end;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), repairs, lostMarkers, skipped };
}
