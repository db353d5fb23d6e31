// One jieba instance and its dictionary's word frequencies (as log probabilities), built on first
// use: loading takes several hundred milliseconds, so nothing happens at import time.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface JiebaDictionary {
  jieba: Jieba;
  logProbabilities: ReadonlyMap<string, number>;
  loadMilliseconds: number;
}

let loaded: JiebaDictionary | undefined;

function parseLogProbabilities(source: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  let total = 0;
  let lineStart = 0;
  while (lineStart < source.length) {
    const lineEnd = source.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? source.length : lineEnd;
    const wordEnd = source.indexOf(' ', lineStart);
    if (wordEnd > lineStart && wordEnd < end) {
      const frequency = Number.parseInt(source.slice(wordEnd + 1, end), 10);
      if (frequency > 0) {
        frequencies.set(source.slice(lineStart, wordEnd), frequency);
        total += frequency;
      }
    }
    lineStart = end + 1;
  }
  const logTotal = Math.log(total);
  for (const [word, frequency] of frequencies) frequencies.set(word, Math.log(frequency) - logTotal);
  return frequencies;
}

export function getJiebaDictionary(): JiebaDictionary {
  if (!loaded) {
    const started = performance.now();
    const jieba = Jieba.withDict(dict);
    let logProbabilities: Map<string, number> | undefined;
    loaded = {
      jieba,
      // Parsed on first use (tens of MB): the reader site's search only cuts words and never needs it.
      get logProbabilities() {
        logProbabilities ??= parseLogProbabilities(new TextDecoder().decode(dict));
        return logProbabilities;
      },
      loadMilliseconds: performance.now() - started,
    };
  }
  return loaded;
}
