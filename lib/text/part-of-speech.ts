// A word's part of speech as jieba's dictionary gives it ('n', 'ns', 'v', ...; 'x' for words
// it doesn't know). Tagging a whole text makes jieba build an object for every token, which costs
// three times the segmentation; a dictionary word's tag doesn't depend on its context, and
// newsroom text keeps reusing the same words, so tags are looked up per word and remembered.
import { getJiebaDictionary } from './jieba-dictionary';

const maxRemembered = 100_000;
const remembered = new Map<string, string>();

export function partOfSpeech(word: string): string {
  let tag = remembered.get(word);
  if (tag === undefined) {
    const tagged = getJiebaDictionary().jieba.tag(word, false);
    tag = tagged.length === 1 && tagged[0]?.word === word ? tagged[0].tag : 'x';
    if (remembered.size >= maxRemembered) remembered.clear();
    remembered.set(word, tag);
  }
  return tag;
}
