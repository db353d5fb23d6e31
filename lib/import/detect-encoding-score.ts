import iconv from 'iconv-lite';
import { commonHanCharacters } from '../text/common-han-characters';

export interface CandidateScore {
  encoding: 'gb18030' | 'big5';
  invalidSequences: number;
  hanCharacters: number;
  // Non-ASCII characters that real Chinese news text hardly contains: kana, Cyrillic, private use...
  oddCharacters: number;
  // Share of common characters among the Han and odd characters: how much it reads as Chinese.
  commonShare: number;
}

const han = /\p{Script=Han}/u;
const punctuationOrSymbol = /[\p{P}\p{S}\p{Z}\u00b7\u2000-\u206f\u3000-\u303f\uff01-\uffef]/u;

// Decodes as GB18030 or Big5 (iconv-lite replaces invalid sequences with U+FFFD) and measures it.
export function scoreCandidate(bytes: Uint8Array, encoding: CandidateScore['encoding']): CandidateScore {
  let invalidSequences = 0;
  let hanCharacters = 0;
  let commonCharacters = 0;
  let oddCharacters = 0;
  const text = iconv.decode(bytes, encoding);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue; // most of a page is ASCII markup: skip it cheaply
    const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    const character = isPair ? text.slice(index, index + 2) : (text[index] ?? '');
    if (isPair) index += 1;
    if (character === '\ufffd') invalidSequences += 1;
    else if (han.test(character)) {
      hanCharacters += 1;
      if (commonHanCharacters.has(character)) commonCharacters += 1;
    } else if (/\p{Co}/u.test(character) || !punctuationOrSymbol.test(character)) {
      oddCharacters += 1;
    }
  }
  const judged = hanCharacters + oddCharacters;
  return { encoding, invalidSequences, hanCharacters, oddCharacters, commonShare: judged === 0 ? 0 : commonCharacters / judged };
}
