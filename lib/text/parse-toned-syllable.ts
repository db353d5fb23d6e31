const toneMarks = new Set(['\u0304', '\u0301', '\u030C', '\u0300']);
const diaeresis = '\u0308';

export interface ParsedSyllable {
  toneless: string; // lower case, ü written v, e.g. 'lve'
  toneMarkCount: number;
}

// Works on decomposed text so precomposed (ǘ, ń) and combining forms are treated alike.
export function parseTonedSyllable(syllable: string): ParsedSyllable {
  let toneless = '';
  let toneMarkCount = 0;
  for (const character of syllable.normalize('NFD').toLowerCase()) {
    if (toneMarks.has(character)) {
      toneMarkCount += 1;
    } else if (character === diaeresis && toneless.endsWith('u')) {
      toneless = `${toneless.slice(0, -1)}v`;
    } else {
      toneless += character;
    }
  }
  return { toneless: toneless.normalize('NFC'), toneMarkCount };
}
