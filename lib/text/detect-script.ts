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

// Per character: 1 when only Traditional has it, 2 when only Simplified, 3 when it changes both
// ways, 0 when it is the same in both. Memoised: a page repeats a few thousand characters.
const kinds = new Map<string, number>();
const han = /\p{Script=Han}/u;

function scriptKind(character: string): number {
  let kind = kinds.get(character);
  if (kind === undefined) {
    kind = (convertToSimplified(character) !== character ? 1 : 0) + (convertToTraditional(character) !== character ? 2 : 0);
    kinds.set(character, kind);
  }
  return kind;
}

// Counts characters that only exist in one script: a Traditional-only character changes under
// t2cn, a Simplified-only one under cn2t. Converting character by character keeps the counts
// independent of phrase rules. Ties (including text with no Han) count as Simplified.
export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  for (const character of text) {
    if (character < '\u2e80' || !han.test(character)) continue;
    const kind = scriptKind(character);
    if (kind & 1) traditional += 1;
    if (kind & 2) simplified += 1;
  }
  return traditional > simplified ? 'HANT' : 'HANS';
}
