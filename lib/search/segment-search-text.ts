import { foldText } from '@/lib/text/fold-text';
import { getJiebaDictionary } from '@/lib/text/jieba-dictionary';

const notWordCharacter = /[^\p{L}\p{N}]+/gu;

/**
 * The words search sees in a text, the same for articles and queries: folded (NFKC, Simplified,
 * lower case), cut by jieba in search mode (知识产权 gives 知识, 产权 and 知识产权, so a query for
 * any of them finds it) and stripped of everything but letters and digits; empty words dropped.
 */
export function segmentSearchText(text: string): string[] {
  if (text.trim() === '') return [];
  const words = getJiebaDictionary().jieba.cutForSearch(foldText(text), false);
  const tokens: string[] = [];
  for (const word of words) {
    const token = word.replace(notWordCharacter, '');
    if (token !== '') tokens.push(token);
  }
  return tokens;
}
