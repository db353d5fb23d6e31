const wideCharacter = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
// A line break in the markup between two Chinese characters is not a space (CSS segment-break
// rules drop it there too); elsewhere any run of whitespace, &nbsp; and U+3000 included, is one space.
const breakBetweenWideCharacters = new RegExp(`(?<=${wideCharacter})[ \\t]*[\\r\\n]\\s*(?=${wideCharacter})`, 'gu');

export function collapseWhitespace(text: string): string {
  return text.replace(breakBetweenWideCharacters, '').replace(/\s+/gu, ' ').trim();
}
