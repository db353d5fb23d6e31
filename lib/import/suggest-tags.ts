// Tag suggestions for an imported article: up to five noun keywords (TF-IDF on the Simplified
// text, see suggest-tags/extract-keywords) and the existing tags it is about. A tag matches when
// its name or an alias is one of the keywords, appears in the title, or appears at least twice
// in the body, as whole words and with Simplified/Traditional folded. Matched tags are applied on
// import, so one passing mention is not enough. The page's own tag terms are untrusted (content
// farms list unrelated cities): one counts only if the body uses it.
import { cutWords } from '../text/cut-words';
import { foldText } from '../text/fold-text';
import { wordSurprisal } from '../text/word-surprisal';
import { extractKeywords, titleWeight } from './suggest-tags/extract-keywords';
import { countWholeWords, segmentText, type SegmentedText } from './suggest-tags/find-whole-words';
import { foldTerm, prepareVocabulary, type TagVocabularyEntry } from './suggest-tags/prepare-vocabulary';

export type { TagVocabularyEntry } from './suggest-tags/prepare-vocabulary';

export interface TagSuggestionInput {
  title: string;
  bodyText: string;
  pageTags: readonly string[];
}

export interface MatchedTag {
  /** The existing tag's name, as in the vocabulary. */
  tag: string;
  /** The keyword or text that matched it, folded (Simplified, lowercase). */
  term: string;
}

export interface TagSuggestions {
  keywords: string[];
  matched: MatchedTag[];
}

export const maxKeywords = 5;
// Candidates scoring under this share of the best one are noise, not a fifth keyword.
const minShareOfBestScore = 0.15;
const minBodyMentions = 2;
const maxPageTagLength = 30;

interface AnalysedText extends SegmentedText {
  words: readonly string[];
}

function analyse(text: string): AnalysedText {
  const folded = foldText(text);
  const words = cutWords(folded);
  return { ...segmentText(folded, words), words };
}

function scoreCandidates(title: AnalysedText, body: AnalysedText, pageTags: readonly string[]): Map<string, number> {
  const scores = new Map(extractKeywords(title.words, body.words).map(({ word, score }) => [word, score]));
  for (const term of new Set(pageTags.map(foldTerm))) {
    if (term === '' || term.length > maxPageTagLength) continue;
    const bodyCount = countWholeWords(body, term);
    if (bodyCount === 0) continue;
    // A term the page nominates and the body uses weighs as if the title had it once more.
    const frequency = bodyCount + titleWeight * (countWholeWords(title, term) + 1);
    scores.set(term, Math.max(scores.get(term) ?? 0, frequency * wordSurprisal(term)));
  }
  return scores;
}

function pickKeywords(scores: ReadonlyMap<string, number>): string[] {
  const ranked = [...scores].sort(([wordA, a], [wordB, b]) => b - a || (wordA < wordB ? -1 : wordA > wordB ? 1 : 0));
  const bestScore = ranked[0]?.[1] ?? 0;
  const keywords: string[] = [];
  for (const [word, score] of ranked) {
    if (keywords.length === maxKeywords || score < bestScore * minShareOfBestScore) break;
    // 知识产权局 adds nothing to 知识产权; the shorter word makes the more reusable tag.
    if (keywords.some((keyword) => word.includes(keyword))) continue;
    const longer = keywords.findIndex((keyword) => keyword.includes(word));
    if (longer === -1) keywords.push(word);
    else keywords.splice(longer, 1, word);
  }
  return [...new Set(keywords)];
}

function matchVocabulary(vocabulary: readonly TagVocabularyEntry[], keywords: readonly string[], title: SegmentedText, body: SegmentedText): MatchedTag[] {
  const tags = prepareVocabulary(vocabulary);
  const matched: MatchedTag[] = [];
  const seen = new Set<string>();
  for (const keyword of keywords) {
    for (const { name, terms } of tags) {
      if (!seen.has(name) && terms.includes(keyword)) {
        seen.add(name);
        matched.push({ tag: name, term: keyword });
      }
    }
  }
  const mentioned: (MatchedTag & { mentions: number })[] = [];
  for (const { name, terms } of tags) {
    if (seen.has(name)) continue;
    for (const term of terms) {
      const inTitle = countWholeWords(title, term);
      const inBody = countWholeWords(body, term);
      if (inTitle > 0 || inBody >= minBodyMentions) {
        seen.add(name);
        mentioned.push({ tag: name, term, mentions: titleWeight * inTitle + inBody });
        break;
      }
    }
  }
  mentioned.sort((a, b) => b.mentions - a.mentions);
  return [...matched, ...mentioned.map(({ tag, term }) => ({ tag, term }))];
}

export function suggestTags(input: TagSuggestionInput, vocabulary: readonly TagVocabularyEntry[]): TagSuggestions {
  const title = analyse(input.title);
  const body = analyse(input.bodyText);
  const keywords = pickKeywords(scoreCandidates(title, body, input.pageTags));
  return { keywords, matched: matchVocabulary(vocabulary, keywords, title, body) };
}
