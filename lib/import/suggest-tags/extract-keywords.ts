// Noun TF-IDF keywords of an article, on folded (Simplified) text: jieba's part-of-speech tags
// keep nouns (common, place, organisation, person and other proper nouns) and fixed expressions
// whose head is a noun (发明专利, not 深入开展; verbal nouns like 启动 make poor tags); the IDF
// is each word's surprisal in jieba's dictionary; the title counts extra. Place names drop a
// trailing 省/市 when the dictionary knows the bare name (湖北省 and 湖北 are one keyword), and two
// short nouns that keep appearing side by side become one (地理 + 标志 -> 地理标志).
import { getJiebaDictionary } from '../../text/jieba-dictionary';
import { partOfSpeech } from '../../text/part-of-speech';
import { wordSurprisal } from '../../text/word-surprisal';
import { keywordStopWords } from './keyword-stop-words';

const nounTags = new Set(['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz']);
const keywordShape = /^\p{Script=Han}{2,}$/u;
const placeSuffix = /^(\p{Script=Han}{2,})[省市]$/u;
export const titleWeight = 3;
const maxCompoundLength = 4;
const minCompoundRepeats = 2;

export interface KeywordCandidate {
  word: string;
  score: number;
}

interface Noun {
  word: string;
  tag: string;
}

function canonicalNoun(word: string, tag: string, logProbabilities: ReadonlyMap<string, number>): string {
  const stem = tag === 'ns' ? placeSuffix.exec(word)?.[1] : undefined;
  return stem !== undefined && logProbabilities.has(stem) ? stem : word;
}

// Chinese noun phrases end in their head noun: 发明专利 is a kind of 专利.
function isNounHeaded(expression: string): boolean {
  return expression.length > 2 && partOfSpeech(expression.slice(-2)) === 'n';
}

function toNoun(word: string, logProbabilities: ReadonlyMap<string, number>): Noun | null {
  if (!keywordShape.test(word)) return null;
  const tag = partOfSpeech(word);
  if (!nounTags.has(tag) && !(tag === 'l' && isNounHeaded(word))) return null;
  return { word: canonicalNoun(word, tag, logProbabilities), tag };
}

/** The words as nouns (canonical form) or null for everything else, in order. */
function toNouns(words: readonly string[]): (Noun | null)[] {
  const { logProbabilities } = getJiebaDictionary();
  return words.map((word) => toNoun(word, logProbabilities));
}

/** Compound -> its two parts, for pairs of common nouns that stand side by side repeatedly. */
function findCompounds(tokens: readonly (Noun | null)[]): Map<string, [string, string]> {
  const counts = new Map<string, number>();
  const compounds = new Map<string, [string, string]>();
  for (let index = 0; index + 1 < tokens.length; index++) {
    const first = tokens[index];
    const second = tokens[index + 1];
    if (first?.tag !== 'n' || second?.tag !== 'n') continue;
    const compound = first.word + second.word;
    if (compound.length > maxCompoundLength) continue;
    const count = (counts.get(compound) ?? 0) + 1;
    counts.set(compound, count);
    if (count >= minCompoundRepeats) compounds.set(compound, [first.word, second.word]);
  }
  return compounds;
}

/** Counts each noun, reading a repeated compound as one word instead of its two parts. */
function countNouns(tokens: readonly (Noun | null)[], compounds: ReadonlyMap<string, unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < tokens.length; index++) {
    const noun = tokens[index];
    if (!noun) continue;
    const next = tokens[index + 1];
    const compound = next ? noun.word + next.word : '';
    const word = compounds.has(compound) ? compound : noun.word;
    if (word === compound) index++;
    if (!keywordStopWords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Candidates best first, from the jieba words of the folded title and body. */
export function extractKeywords(titleWords: readonly string[], bodyWords: readonly string[]): KeywordCandidate[] {
  const { logProbabilities } = getJiebaDictionary();
  const bodyTokens = toNouns(bodyWords);
  const titleTokens = toNouns(titleWords);
  const compounds = findCompounds(bodyTokens);
  const bodyCounts = countNouns(bodyTokens, compounds);
  const titleCounts = countNouns(titleTokens, compounds);

  const candidates: KeywordCandidate[] = [];
  for (const word of new Set([...bodyCounts.keys(), ...titleCounts.keys()])) {
    const frequency = (bodyCounts.get(word) ?? 0) + titleWeight * (titleCounts.get(word) ?? 0);
    // A compound the dictionary lacks is scored as its two parts occurring independently.
    const parts = logProbabilities.has(word) ? undefined : compounds.get(word);
    const idf = parts ? parts.reduce((sum, part) => sum + wordSurprisal(part), 0) : wordSurprisal(word);
    candidates.push({ word, score: frequency * idf });
  }
  return candidates.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
