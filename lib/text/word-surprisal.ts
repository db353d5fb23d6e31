// How informative a word is: -log of its probability in jieba's dictionary (an IDF stand-in for
// keyword weights: 的 scores about 5, 恩施 about 10). Words the dictionary lacks (names, mostly)
// score as its rarest word.
import { getJiebaDictionary } from './jieba-dictionary';

let rarest: number | undefined;

function findRarestSurprisal(logProbabilities: ReadonlyMap<string, number>): number {
  let lowest = 0;
  for (const logProbability of logProbabilities.values()) lowest = Math.min(lowest, logProbability);
  return -lowest;
}

export function wordSurprisal(word: string): number {
  const { logProbabilities } = getJiebaDictionary();
  const logProbability = logProbabilities.get(word);
  if (logProbability !== undefined) return -logProbability;
  rarest ??= findRarestSurprisal(logProbabilities);
  return rarest;
}
