// The canonical form for comparing Chinese text: NFKC folds full-width Latin, digits and
// punctuation to their ASCII forms (and compatibility ideographs to unified ones), OpenCC t2cn
// folds Traditional to Simplified (scraped Traditional is usually machine-converted, so this is
// the safe direction), and Latin is lowercased.
import { convertToSimplified } from './convert-to-simplified';

// Fingerprints and tag suggestion fold the same title and body one after another.
const recent = new Map<string, string>();
const maxRecent = 4;

export function foldText(text: string): string {
  const cached = recent.get(text);
  if (cached !== undefined) return cached;
  const folded = convertToSimplified(text.normalize('NFKC')).toLowerCase();
  if (recent.size >= maxRecent) recent.delete(recent.keys().next().value ?? '');
  recent.set(text, folded);
  return folded;
}
