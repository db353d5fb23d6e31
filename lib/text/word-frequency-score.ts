// A plausibility score for Chinese text: the log probability of its best jieba segmentation under
// the dictionary's unigram word frequencies, computed on Simplified text (the dictionary is
// Simplified). Higher is more plausible; compare texts of equal length, or per character.
import { convertToSimplified } from './convert-to-simplified';
import { getJiebaDictionary } from './jieba-dictionary';

// Rough shares of punctuation in news text; ASCII , ! ; : ( ) stand in for full-width ones in
// scraped pages. Other symbols (＃, ︶, ─) are rare in prose.
const punctuationLogProbabilities = new Map(
  Object.entries({
    '，': 0.04, ',': 0.04, '。': 0.03, '、': 0.01, '“': 0.005, '”': 0.005, '‘': 0.001, '’': 0.001,
    '：': 0.003, ':': 0.003, '；': 0.002, ';': 0.002, '（': 0.002, '）': 0.002, '(': 0.002, ')': 0.002,
    '《': 0.002, '》': 0.002, '！': 0.0005, '!': 0.0005, '？': 0.0005, '…': 0.0005, '—': 0.0005, '·': 0.0005,
  }).map(([mark, share]) => [mark, Math.log(share)]),
);
const symbolLogProbability = Math.log(1e-7);
const numberLogProbability = Math.log(1e-4);
const unknownLogProbability = Math.log(1e-8);
const questionMarkLogProbability = Math.log(1e-9);
const strayLetterLogProbability = Math.log(1e-9);
const privateUseLogProbability = Math.log(1e-12);

const privateUse = /[\u{E000}-\u{F8FF}]/u;
const number = /^[0-9.%０-９]+$/u;
const letters = /^[A-Za-z]+$/u;

function scoreToken(token: string, logProbabilities: ReadonlyMap<string, number>): number {
  const known = logProbabilities.get(token);
  if (known !== undefined) return known;
  if (token === '?') return questionMarkLogProbability;
  if (privateUse.test(token)) return privateUseLogProbability * [...token].length;
  const punctuation = punctuationLogProbabilities.get(token);
  if (punctuation !== undefined) return punctuation;
  if (number.test(token)) return numberLogProbability;
  if (letters.test(token)) return token.length === 1 ? strayLetterLogProbability : numberLogProbability;
  if (/^[\x21-\x7E]$/u.test(token)) return strayLetterLogProbability;
  if (/^\P{Script=Han}$/u.test(token)) return symbolLogProbability;
  return unknownLogProbability * [...token].length;
}

export interface ScoreOptions {
  isSimplified?: boolean; // skip the t2cn conversion when the caller has already converted
}

export function scoreWordFrequency(text: string, { isSimplified = false }: ScoreOptions = {}): number {
  const { jieba, logProbabilities } = getJiebaDictionary();
  const simplified = isSimplified ? text : convertToSimplified(text);
  return jieba
    .cut(simplified, false)
    .filter((token) => !/^[\t\n\r ]+$/u.test(token))
    .reduce((sum, token) => sum + scoreToken(token, logProbabilities), 0);
}
