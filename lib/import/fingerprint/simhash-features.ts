// The weighted features a SimHash is built from: the Han characters and the jieba words of the
// folded text (t2s, width-folded, lowercase), each weighted by term frequency times the word's
// surprisal in jieba's dictionary (an IDF stand-in: 的 counts little, 恩施 a lot). Characters are
// the most stable signal when a paragraph is dropped; words keep long texts on a similar subject
// apart (their character distributions converge). Each half is scaled to unit length so neither
// dominates. Digits are left out: a republished copy with updated figures is still a duplicate.
import { foldText } from '../../text/fold-text';
import { getJiebaDictionary } from '../../text/jieba-dictionary';
import { wordSurprisal } from '../../text/word-surprisal';

// The CJK Unified Ideographs and their extension A, where all but the rarest Han characters live.
function isHanCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

const wordFeature = /^(?:\p{Script=Han}+|[a-z]{2,})$/u;

function scaleToUnitLength(features: Map<string, number>): void {
  let squares = 0;
  for (const weight of features.values()) squares += weight * weight;
  const length = Math.sqrt(squares);
  if (length === 0) return;
  for (const [feature, weight] of features) features.set(feature, weight / length);
}

function countItems(items: Iterable<string>, keep: (item: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) if (keep(item)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function weighFeatures(counts: ReadonlyMap<string, number>, prefix: string): Map<string, number> {
  const features = new Map<string, number>();
  for (const [item, count] of counts) features.set(prefix + item, count * wordSurprisal(item));
  scaleToUnitLength(features);
  return features;
}

/** Feature -> weight; characters are prefixed "c:", words "w:" so a one-character word differs from the character. */
export function simhashFeatures(text: string): Map<string, number> {
  const folded = foldText(text);
  const characters = countItems(folded, isHanCharacter);
  const words = countItems(getJiebaDictionary().jieba.cut(folded, false), (word) => wordFeature.test(word));
  return new Map([...weighFeatures(characters, 'c:'), ...weighFeatures(words, 'w:')]);
}
