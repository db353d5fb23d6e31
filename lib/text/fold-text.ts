// The canonical form for comparing Chinese text: NFKC folds full-width Latin, digits and
// punctuation to their ASCII forms (and compatibility ideographs to unified ones), OpenCC t2cn
// folds Traditional to Simplified (scraped Traditional is usually machine-converted, so this is
// the safe direction), and Latin is lowercased.
import { convertToSimplified } from './convert-to-simplified';

export function foldText(text: string): string {
  return convertToSimplified(text.normalize('NFKC')).toLowerCase();
}
