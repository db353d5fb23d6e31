import { getHanReadings } from '../text/get-han-readings';
import { parseTonedSyllable } from '../text/parse-toned-syllable';
import { pinyinSyllables } from '../text/pinyin-syllables';

export interface StrippedText {
  text: string;
  count: number;
}

const syllable = String.raw`[a-zA-Z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F]{1,8}`;
const annotation = new RegExp(String.raw`(\p{Script=Han})[(（](${syllable})[)）]`, 'gu');
// In GBK-damaged text the annotated character was split, so its syllable follows a stray ASCII
// trail byte that itself follows mojibake (?, the ! and , of mangled full-width punctuation,
// Han or Private Use characters), e.g. 之一?,F(xiàn)場.
const misalignedAnnotation = new RegExp(
  String.raw`([?!,\p{Script=Han}\u{E000}-\u{F8FF}][\x40-\x7E])[(（](${syllable})[)）]`,
  'gu',
);

function readTonedSyllable(text: string): string | null {
  const { toneless, toneMarkCount } = parseTonedSyllable(text);
  return toneMarkCount === 1 && pinyinSyllables.has(toneless) ? toneless : null;
}

// Removes pinyin that a converter inserted after Han characters: 國(guó) -> 國. A bracketed
// word survives unless it is exactly one toned syllable that is a reading of the character
// before it, so (WHO), (a), 見附件(an) and 中國(武漢) stay.
export function stripPinyin(text: string): StrippedText {
  let count = 0;
  const aligned = text.replace(annotation, (match, character: string, candidate: string) => {
    const reading = readTonedSyllable(candidate);
    if (reading === null || !getHanReadings(character).has(reading)) return match;
    count += 1;
    return character;
  });
  const stripped = aligned.replace(misalignedAnnotation, (match, before: string, candidate: string) => {
    if (readTonedSyllable(candidate) === null) return match;
    count += 1;
    return before;
  });
  return { text: stripped, count };
}
