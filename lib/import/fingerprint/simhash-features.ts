// The weighted features a SimHash is built from: the Han characters and the jieba words of the
// folded text (t2s, width-folded, lowercase), each weighted by term frequency times the word's
// surprisal in jieba's dictionary (an IDF stand-in: 的 counts little, 恩施 a lot). Characters are
// the most stable signal when a paragraph is dropped; words keep long texts on a similar subject
// apart (their character distributions converge). Each half is scaled to unit length so neither
// dominates. Digits are left out: a republished copy with updated figures is still a duplicate.
import { foldText } from '../../text/fold-text';
import { cutWords } from '../../text/cut-words';
import { wordSurprisal } from '../../text/word-surprisal';

export const characterFeature = 0;
export const wordFeature = 1;

export interface SimhashFeature {
  text: string;
  family: typeof characterFeature | typeof wordFeature;
  weight: number;
}

// The CJK Unified Ideographs and their extension A, where all but the rarest Han characters live.
function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

const wordShape = /^(?:\p{Script=Han}+|[a-z]{2,})$/u;

function countCharacters(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isHanCode(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) if (wordShape.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

// Looking a character up in the 350,000-word dictionary for every page is a cache miss each
// time; the few thousand characters in use are remembered here.
const characterSurprisals = new Map<string, number>();

function characterSurprisal(character: string): number {
  let surprisal = characterSurprisals.get(character);
  if (surprisal === undefined) {
    surprisal = wordSurprisal(character);
    characterSurprisals.set(character, surprisal);
  }
  return surprisal;
}

function weigh(counts: Iterable<[string, number]>, family: SimhashFeature['family'], surprisalOf: (text: string) => number): SimhashFeature[] {
  const features: SimhashFeature[] = [];
  let squares = 0;
  for (const [text, count] of counts) {
    const weight = count * surprisalOf(text);
    features.push({ text, family, weight });
    squares += weight * weight;
  }
  const length = Math.sqrt(squares);
  for (const feature of features) feature.weight /= length;
  return features;
}

export function simhashFeatures(text: string): SimhashFeature[] {
  const folded = foldText(text);
  const characters = [...countCharacters(folded)].map(([code, count]): [string, number] => [String.fromCharCode(code), count]);
  const words = countWords(cutWords(folded));
  return [...weigh(characters, characterFeature, characterSurprisal), ...weigh(words, wordFeature, wordSurprisal)];
}
