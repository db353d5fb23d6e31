// jieba's segmentation (dictionary only, no HMM guesses at unknown words) of a text, remembered
// for the last few texts: the SimHash and tag suggestion of one article segment the same body.
import { getJiebaDictionary } from './jieba-dictionary';

const recent = new Map<string, readonly string[]>();
const maxRecent = 4;

export function cutWords(text: string): readonly string[] {
  const cached = recent.get(text);
  if (cached !== undefined) return cached;
  const words = Object.freeze(getJiebaDictionary().jieba.cut(text, false));
  if (recent.size >= maxRecent) recent.delete(recent.keys().next().value ?? '');
  recent.set(text, words);
  return words;
}
