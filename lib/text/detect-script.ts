import { Converter as SimplifiedToTraditional } from 'opencc-js/cn2t';
import { convertToSimplified } from './convert-to-simplified';

export type Script = 'HANS' | 'HANT';

type Convert = (text: string) => string;
let toTraditional: Convert | undefined;

// The converter takes noticeable time and memory to build: build it once, on first use.
function convertToTraditional(text: string): string {
  toTraditional ??= SimplifiedToTraditional({ from: 'cn', to: 't' });
  return toTraditional(text);
}

// Counts characters that only exist in one script: a Traditional-only character changes under
// t2cn, a Simplified-only one under cn2t. Converting character by character keeps the counts
// independent of phrase rules. Ties (including text with no Han) count as Simplified.
export function detectScript(text: string): Script {
  const occurrences = new Map<string, number>();
  for (const character of text) {
    if (/\p{Script=Han}/u.test(character)) occurrences.set(character, (occurrences.get(character) ?? 0) + 1);
  }
  let traditional = 0;
  let simplified = 0;
  for (const [character, count] of occurrences) {
    if (convertToSimplified(character) !== character) traditional += count;
    if (convertToTraditional(character) !== character) simplified += count;
  }
  return traditional > simplified ? 'HANT' : 'HANS';
}
