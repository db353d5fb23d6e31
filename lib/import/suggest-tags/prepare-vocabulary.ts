// Existing tags in folded form (t2s, width-folded, lowercase), so 知識產權 matches 知识产权.
// Folded spellings are cached: a batch passes the same vocabulary for every file, and folding
// thousands of names per file would cost more than the rest of tag suggestion.
import { foldText } from '../../text/fold-text';

export interface TagVocabularyEntry {
  name: string;
  aliases?: readonly string[];
}

export interface PreparedTag {
  name: string;
  terms: string[];
}

const maxCachedSpellings = 50_000;
const foldedSpellings = new Map<string, string>();

export function foldTerm(term: string): string {
  let folded = foldedSpellings.get(term);
  if (folded === undefined) {
    folded = foldText(term).trim().replace(/\s+/gu, ' ');
    if (foldedSpellings.size >= maxCachedSpellings) foldedSpellings.clear();
    foldedSpellings.set(term, folded);
  }
  return folded;
}

function prepareTag({ name, aliases = [] }: TagVocabularyEntry): PreparedTag {
  return { name, terms: [...new Set([name, ...aliases].map(foldTerm))].filter((term) => term !== '') };
}

// Remembered per vocabulary array and re-used only while it holds the very same entry objects.
const prepared = new WeakMap<readonly TagVocabularyEntry[], { entries: TagVocabularyEntry[]; tags: PreparedTag[] }>();

export function prepareVocabulary(vocabulary: readonly TagVocabularyEntry[]): PreparedTag[] {
  const cached = prepared.get(vocabulary);
  if (cached && cached.entries.length === vocabulary.length && cached.entries.every((entry, index) => entry === vocabulary[index])) {
    return cached.tags;
  }
  const tags = vocabulary.map(prepareTag).filter(({ terms }) => terms.length > 0);
  prepared.set(vocabulary, { entries: [...vocabulary], tags });
  return tags;
}
