// The weighted features a SimHash is built from: the Han characters and the jieba words of the
// folded text (t2s, width-folded, lowercase), each weighted by term frequency times the word's
// surprisal in jieba's dictionary (an IDF stand-in: 的 counts little, 恩施 a lot). Characters are
// the most stable signal when a paragraph is dropped; words keep long texts on a similar subject
// apart (their character distributions converge). Each half is scaled to unit length so neither
// dominates. Digits are left out: a republished copy with updated figures is still a duplicate.
import { foldText } from '../../text/fold-text';
import { getJiebaDictionary } from '../../text/jieba-dictionary';

const hanCharacter = /\p{Script=Han}/u;
const wordFeature = /^(?:\p{Script=Han}+|[a-z]{2,})$/u;

let rarestSurprisal: number | undefined;

function findRarestSurprisal(logProbabilities: ReadonlyMap<string, number>): number {
  let lowest = 0;
  for (const logProbability of logProbabilities.values()) lowest = Math.min(lowest, logProbability);
  return -lowest;
}

// Words the dictionary doesn't know (names, mostly) count as much as its rarest word.
function surprisal(token: string, logProbabilities: ReadonlyMap<string, number>): number {
  rarestSurprisal ??= findRarestSurprisal(logProbabilities);
  const logProbability = logProbabilities.get(token);
  return logProbability === undefined ? rarestSurprisal : -logProbability;
}

function addWeight(features: Map<string, number>, feature: string, weight: number): void {
  features.set(feature, (features.get(feature) ?? 0) + weight);
}

function scaleToUnitLength(features: Map<string, number>): void {
  let squares = 0;
  for (const weight of features.values()) squares += weight * weight;
  const length = Math.sqrt(squares);
  if (length === 0) return;
  for (const [feature, weight] of features) features.set(feature, weight / length);
}

/** Feature -> weight; characters are prefixed "c:", words "w:" so a one-character word differs from the character. */
export function simhashFeatures(text: string): Map<string, number> {
  const { jieba, logProbabilities } = getJiebaDictionary();
  const folded = foldText(text);

  const characters = new Map<string, number>();
  for (const character of folded) {
    if (hanCharacter.test(character)) addWeight(characters, `c:${character}`, surprisal(character, logProbabilities));
  }
  const words = new Map<string, number>();
  for (const word of jieba.cut(folded, false)) {
    if (wordFeature.test(word)) addWeight(words, `w:${word}`, surprisal(word, logProbabilities));
  }

  scaleToUnitLength(characters);
  scaleToUnitLength(words);
  return new Map([...characters, ...words]);
}
