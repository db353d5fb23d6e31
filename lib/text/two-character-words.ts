import { getJiebaDictionary } from './jieba-dictionary';

interface TwoCharacterWords {
  after: Map<string, string>; // first character -> every character that follows it in a word
  before: Map<string, string>; // second character -> every character that precedes it in a word
}

let index: TwoCharacterWords | undefined;

function buildIndex(): TwoCharacterWords {
  const after = new Map<string, string[]>();
  const before = new Map<string, string[]>();
  for (const word of getJiebaDictionary().logProbabilities.keys()) {
    if (word.length !== 2) continue;
    const [first = '', second = ''] = word;
    const followers = after.get(first);
    if (followers) followers.push(second);
    else after.set(first, [second]);
    const leaders = before.get(second);
    if (leaders) leaders.push(first);
    else before.set(second, [first]);
  }
  const join = (map: Map<string, string[]>) => new Map([...map].map(([key, characters]) => [key, characters.join('')]));
  return { after: join(after), before: join(before) };
}

// The dictionary's two-character words (Simplified), indexed both ways: which characters make a
// word after `first`, and which before `second`. Built once, on first use.
export function charactersAfter(first: string): string {
  index ??= buildIndex();
  return index.after.get(first) ?? '';
}

export function charactersBefore(second: string): string {
  index ??= buildIndex();
  return index.before.get(second) ?? '';
}
