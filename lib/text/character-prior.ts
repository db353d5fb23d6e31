import { getJiebaDictionary } from './jieba-dictionary';

let priors: Map<string, number> | undefined;

// How much of the dictionary's word mass a (Simplified) character carries, as a log share: a
// context-free prior for choosing which characters are worth scoring in context at all.
// Characters in no word get -Infinity; punctuation, which the dictionary lacks, ranks first.
function buildPriors(): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [word, logProbability] of getJiebaDictionary().logProbabilities) {
    const probability = Math.exp(logProbability);
    for (const character of word) sums.set(character, (sums.get(character) ?? 0) + probability);
  }
  const result = new Map<string, number>();
  for (const [character, sum] of sums) result.set(character, Math.log(sum));
  return result;
}

export function characterPrior(character: string): number {
  priors ??= buildPriors();
  return priors.get(character) ?? (/^\p{P}$/u.test(character) ? 0 : -Infinity);
}
