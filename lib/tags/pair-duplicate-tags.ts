import { pinyin } from 'pinyin-pro';
import { foldTagName } from './fold-tag-name';

export interface TagHealthTag {
  id: string;
  name: string;
  parentId: string | null;
  /** Articles outside the trash, whatever their status. */
  articleCount: number;
}

/** Strongest first: a variant is certainly the same tag, a containing name only possibly. */
export const duplicateReasons = ['variant', 'pinyin', 'contains'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export interface DuplicateTagPair {
  reason: DuplicateReason;
  /** The tag to merge away: the one with fewer articles. */
  source: TagHealthTag;
  /** The tag to keep. */
  target: TagHealthTag;
}

const hanCharacter = /\p{Script=Han}/u;
const asciiWordCharacter = /[a-z0-9]/;
const minimumLength = 2;

/**
 * Likely duplicate tags, strongest reason first, then the busiest pairs: equal names once folded
 * again (Simplified/Traditional or width variants that slipped past the name key), equal toneless
 * pinyin (登陆/登录), and one name inside another (知识产权/知识产权保护, parent and child
 * excepted). Work grows with the number of names and their substrings, not with pairs of tags.
 */
export function pairDuplicateTags(tags: readonly TagHealthTag[], options: { limit?: number } = {}) {
  // Folded from the name itself, not the stored key: legacy rows have none, and a stored key may
  // predate a fix to the folding.
  const byKey = new Map<string, TagHealthTag[]>();
  const folded = new Set<TagHealthTag>();
  for (const tag of tags) {
    const key = foldTagName(tag.name);
    pushTo(byKey, key, tag);
    if (key === tag.name) folded.add(tag);
  }
  // The tag to keep first: more articles, then the shorter (broader) name, then a name already in
  // its folded form, then by name.
  const compareKeepFirst = (a: TagHealthTag, b: TagHealthTag) =>
    b.articleCount - a.articleCount ||
    a.name.length - b.name.length ||
    Number(folded.has(b)) - Number(folded.has(a)) ||
    a.name.localeCompare(b.name, 'zh-CN');
  for (const group of byKey.values()) group.sort(compareKeepFirst);

  const pairs = new Map<string, DuplicateTagPair>();
  const add = (reason: DuplicateReason, a: TagHealthTag, b: TagHealthTag) => {
    const id = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
    if (pairs.has(id) || (reason !== 'variant' && (a.parentId === b.id || b.parentId === a.id))) return;
    const [target, source] = compareKeepFirst(a, b) <= 0 ? [a, b] : [b, a];
    pairs.set(id, { reason, source, target });
  };

  for (const [keep, ...rest] of byKey.values()) {
    for (const tag of rest) add('variant', tag, keep!);
  }

  const byPinyin = new Map<string, TagHealthTag[]>();
  for (const [key, group] of byKey) {
    if ([...key].length < minimumLength || !hanCharacter.test(key)) continue;
    pushTo(byPinyin, readKey(key), group[0]!);
  }
  for (const group of byPinyin.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) add('pinyin', group[i]!, group[j]!);
    }
  }

  const keyLengths = new Set([...byKey.keys()].map((key) => [...key].length));
  for (const [key, group] of byKey) {
    for (const part of innerSubstrings(key, keyLengths)) {
      const inner = byKey.get(part);
      if (inner) add('contains', inner[0]!, group[0]!);
    }
  }

  const sorted = [...pairs.values()].sort(comparePairs);
  return { pairs: sorted.slice(0, options.limit ?? 200), total: sorted.length };
}

// Readings of name keys seen before: the vocabulary changes slowly, and reading 10,000 names
// takes a noticeable part of a second.
const readings = new Map<string, string>();
const maxReadings = 50_000;

function readKey(key: string): string {
  let reading = readings.get(key);
  if (reading === undefined) {
    if (readings.size >= maxReadings) readings.clear();
    reading = pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
    readings.set(key, reading);
  }
  return reading;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every substring of at least two characters, shorter than the key, that does not cut through a
 * Latin word or number ("ai" is not inside "openai", "5g" is inside "5g网络").
 */
function* innerSubstrings(key: string, lengths: ReadonlySet<number>): Generator<string> {
  const characters = [...key];
  const isWord = (index: number) => asciiWordCharacter.test(characters[index] ?? '');
  const isCut = (index: number) => index > 0 && index < characters.length && isWord(index - 1) && isWord(index);
  for (let start = 0; start < characters.length; start += 1) {
    if (isCut(start)) continue;
    for (let end = start + minimumLength; end <= characters.length; end += 1) {
      if (end - start === characters.length || !lengths.has(end - start) || isCut(end)) continue;
      yield characters.slice(start, end).join('');
    }
  }
}

function comparePairs(a: DuplicateTagPair, b: DuplicateTagPair): number {
  return (
    duplicateReasons.indexOf(a.reason) - duplicateReasons.indexOf(b.reason) ||
    b.target.articleCount + b.source.articleCount - (a.target.articleCount + a.source.articleCount) ||
    a.target.name.localeCompare(b.target.name, 'zh-CN') ||
    a.source.name.localeCompare(b.source.name, 'zh-CN')
  );
}
