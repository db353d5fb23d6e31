import { ConverterFactory } from 'opencc-js/core';
import { from as simplifiedDictionaries } from 'opencc-js/preset/cn2t';
import { convertToSimplified } from './convert-to-simplified';

export type Script = 'HANS' | 'HANT';

type Convert = (text: string) => string;
let toTraditional: Convert | undefined;

// Only single characters are converted here, so the character table is all that is needed: the
// phrase table makes the full converter ~20 MB larger and slower to build. Built on first use.
function convertToTraditional(text: string): string {
  if (!toTraditional) {
    // cn -> t is one group, [STPhrases, STCharacters]; single characters need only the second.
    const [[, characters = ''] = []] = simplifiedDictionaries.cn ?? [];
    toTraditional = ConverterFactory([characters]);
  }
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
