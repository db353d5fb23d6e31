// Repairs GBK byte-misalignment mojibake (`之一?,F場` -> `之一。現場`): each misaligned span is
// turned back into its GBK bytes, the lost lead byte (and, where a closing `?` ate it, the lost
// trail byte) is brute-forced, every candidate is decoded strictly, and the most plausible one
// replaces the span only when it clearly beats the untouched text. Where a byte is gone for good,
// a visible 〔?〕 marks the place; nothing is invented and nothing is dropped.
import { characterPrior } from '../text/character-prior';
import { charactersAfter, charactersBefore } from '../text/two-character-words';
import { convertToSimplified } from '../text/convert-to-simplified';
import { scoreWordFrequency } from '../text/word-frequency-score';
import { decodeGbkPair } from './decode-gbk-pair';
import { findMisalignedSpans, type MisalignedSpan } from './find-misaligned-spans';
import { toGbkSpanBytes } from './gbk-span-bytes';

// 'gbk-misalignment': GBK bytes edited across character boundaries (this file);
// 'utf8-read-as-gbk': UTF-8 decoded as GBK and saved again (repair-utf8-read-as-gbk.ts).
export type MojibakeKind = 'gbk-misalignment' | 'utf8-read-as-gbk';

export interface MojibakeRepair {
  before: string;
  after: string;
  // 0..1: the winning candidate's share among all candidates (softmax of word-frequency scores)
  confidence: number;
  offset: number; // UTF-16 offset of `before` in the text given to the repair
  kind?: MojibakeKind; // absent in reports written before UTF-8-read-as-GBK repair existed: misalignment
}

export interface RepairedText {
  text: string;
  repairs: MojibakeRepair[];
  unrepaired: string[]; // spans left as they were, with a little context
  lostMarkers: number;
  skipped: number; // of those, spans not even tried because the budget ran out
}

export const lostMarker = '〔?〕';
const minimumGain = 10; // natural-log units over the untouched text (a likelihood ratio of ~22,000)
const beamWidth = 3;
// Of the ~190 characters a pair with one lost byte can be, only the likeliest are scored in
// context (scoring is what costs): by a context-free prior, raised for a character that makes a
// dictionary word with its neighbour (表 + 示).
const firstCandidates = 16;
const lastCandidates = 12;
const neighbourWordBonus = 5;
const contextLength = 6;

interface Candidate {
  text: string;
  simplified: string; // scored form; converted piece by piece so each candidate costs one jieba cut
  score: number;
}

type Piece = Omit<Candidate, 'score'>;

interface CharacterOption extends Piece {
  prior: number; // context-free log prior of the Simplified character (character-prior.ts)
}

const optionsByByte = new Map<number, CharacterOption[]>();

// Every character a pair with one known byte can decode to; `fixed` is the trail byte when the
// lead was lost (first character) and the lead byte when the trail was lost (last character).
function characterOptions(fixed: number, isLeadKnown: boolean): CharacterOption[] {
  const key = isLeadKnown ? fixed : -fixed;
  let options = optionsByByte.get(key);
  if (!options) {
    options = [];
    for (let byte = 0x40; byte <= 0xfe; byte += 1) {
      const character = isLeadKnown ? decodeGbkPair(fixed, byte) : decodeGbkPair(byte, fixed);
      if (!character) continue;
      const simplified = convertToSimplified(character);
      options.push({ text: character, simplified, prior: characterPrior(simplified) });
    }
    optionsByByte.set(key, options);
  }
  return options;
}

function shortlist(options: readonly CharacterOption[], previous: string, next: string, count: number): Piece[] {
  const followers = new Set(charactersAfter(previous));
  const leaders = new Set(charactersBefore(next));
  const scores = options.map(({ simplified, prior }) => prior + (followers.has(simplified) ? neighbourWordBonus : 0) + (leaders.has(simplified) ? neighbourWordBonus : 0));
  const order = options.map((_option, index) => index).sort((first, second) => (scores[second] ?? 0) - (scores[first] ?? 0) || first - second);
  return order.slice(0, count).map((index) => options[index] as Piece);
}

function decodeMiddle(bytes: readonly number[]): string | null {
  let text = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const character = decodeGbkPair(bytes[index] ?? 0, bytes[index + 1] ?? 0);
    if (!character) return null;
    text += character;
  }
  return text;
}

const join = (first: Piece, second: Piece): Piece => ({ text: first.text + second.text, simplified: first.simplified + second.simplified });

function rank(pieces: readonly Piece[], left: string, right: string): Candidate[] {
  const [simplifiedLeft, simplifiedRight] = [convertToSimplified(left), convertToSimplified(right)];
  return pieces
    .map((piece) => ({ ...piece, score: scoreWordFrequency(simplifiedLeft + piece.simplified + simplifiedRight, { isSimplified: true }) }))
    .sort((first, second) => second.score - first.score);
}

function softmaxShare(candidates: readonly Candidate[]): number {
  const best = candidates[0]?.score ?? 0;
  const total = candidates.reduce((sum, { score }) => sum + Math.exp(score - best), 0);
  return total > 0 ? 1 / total : 0;
}

// The span's bytes are [lost lead] + run + [lost trail]; the pairs in between are fixed by the run,
// so only the first (and for a closed span the last) character varies. The first is chosen with a
// small beam before the last is tried against each survivor.
function bestCandidate(span: MisalignedSpan, left: string, right: string): { best: Candidate; confidence: number } | null {
  const bytes = toGbkSpanBytes(span.run);
  if (!bytes || (bytes.length + 1 + (span.isClosed ? 1 : 0)) % 2 !== 0) return null;
  const middleText = decodeMiddle(bytes.slice(1, span.isClosed ? -1 : undefined));
  if (middleText === null) return null;
  const middle = { text: middleText, simplified: convertToSimplified(middleText) };
  const [simplifiedLeft, simplifiedRight] = [convertToSimplified(left), convertToSimplified(right)];
  const firsts = shortlist(characterOptions(bytes[0] ?? 0, false), simplifiedLeft.slice(-1), (middle.simplified || simplifiedRight).slice(0, 1), firstCandidates).map(
    (first) => join(first, middle),
  );
  // The last character's shortlist depends on its left neighbour, which is the same for every
  // beam unless the middle is empty.
  const lastShortlists = new Map<string, Piece[]>();
  const lastsAfter = (previous: string) => {
    let lasts = lastShortlists.get(previous);
    if (!lasts) {
      lasts = shortlist(characterOptions(bytes.at(-1) ?? 0, true), previous, simplifiedRight.slice(0, 1), lastCandidates);
      lastShortlists.set(previous, lasts);
    }
    return lasts;
  };
  const ranked = span.isClosed
    ? rank(
        rank(firsts, left, '')
          .slice(0, beamWidth)
          .flatMap((first) => lastsAfter(first.simplified.slice(-1)).map((last) => join(first, last))),
        left,
        right,
      )
    : rank(firsts, left, right);
  return ranked[0] ? { best: ranked[0], confidence: softmaxShare(ranked) } : null;
}

// The last `length` characters before `position` once the text before it is rebuilt: `tail` ends
// the rebuilt part, which stops where the untouched text from `copiedUpTo` begins. Kept cheap,
// since rebuilding the whole prefix for every span would make long texts quadratic.
export function contextBefore(text: string, position: number, tail: string, copiedUpTo: number, length: number): string {
  if (position - copiedUpTo >= length) return text.slice(position - length, position);
  return (tail + text.slice(copiedUpTo, position)).slice(-length);
}

// `budget.spans` caps how many spans are tried (each costs dozens of scorings): what is left over
// stays as it was and is reported in `unrepaired`.
export function repairMojibake(text: string, budget: { spans: number } = { spans: Infinity }): RepairedText {
  const repairs: MojibakeRepair[] = [];
  const unrepaired: string[] = [];
  const parts: string[] = [];
  let tail = '';
  let copiedUpTo = 0;
  let lostMarkers = 0;
  let skipped = 0;
  for (const span of findMisalignedSpans(text)) {
    const before = text.slice(span.start, span.end);
    if (budget.spans <= 0) {
      unrepaired.push(text.slice(Math.max(0, span.start - 4), span.end + 4));
      skipped += 1;
      continue;
    }
    budget.spans -= 1;
    const left = contextBefore(text, span.start, tail, copiedUpTo, contextLength);
    const right = text.slice(span.end, span.end + contextLength);
    const found = bestCandidate(span, left, right);
    const gain = found ? found.best.score - scoreWordFrequency(left + before + right) : 0;
    if (!found || gain < minimumGain) {
      unrepaired.push(text.slice(Math.max(0, span.start - 4), span.end + 4));
      continue;
    }
    const after = span.isFollowedByLoss ? found.best.text + lostMarker : found.best.text;
    if (span.isFollowedByLoss) lostMarkers += 1;
    repairs.push({ before, after, confidence: Number(found.confidence.toFixed(3)), offset: span.start, kind: 'gbk-misalignment' });
    parts.push(text.slice(copiedUpTo, span.start), after);
    tail = (left + after).slice(-contextLength);
    copiedUpTo = span.end;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), repairs, unrepaired, lostMarkers, skipped };
}
