import { foldText } from '@/lib/text/fold-text';
import { getJiebaDictionary } from '@/lib/text/jieba-dictionary';

const notWordCharacter = /[^\p{L}\p{N}]+/gu;

/**
 * The words search sees in a text, the same for articles and queries: folded (NFKC, Simplified,
 * lower case), cut by jieba and stripped of everything but letters and digits; empty words
 * dropped. Search mode (the default, used for articles) also gives the dictionary words inside
 * longer ones (知识产权局: 知识, 产权, 产权局, 知识产权局), whole mode only the words themselves.
 */
export function segmentSearchText(text: string, mode: 'search' | 'whole' = 'search'): string[] {
  if (text.trim() === '') return [];
  const { jieba } = getJiebaDictionary();
  const folded = foldText(text);
  const words = mode === 'search' ? jieba.cutForSearch(folded, false) : jieba.cut(folded, false);
  const tokens: string[] = [];
  for (const word of words) {
    const token = word.replace(notWordCharacter, '');
    if (token !== '') tokens.push(token);
  }
  return tokens;
}
