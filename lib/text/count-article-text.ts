// Length and reading time the way Chinese newsrooms count them: every Han character is one
// 字 (splitting on spaces would make a whole paragraph one "word"); Latin words and numbers count
// once each; punctuation, full-width or not, counts for nothing.
export interface ArticleTextCount {
  hanCharacters: number;
  otherWords: number; // runs of Latin letters or digits: WHO, 2024, iPhone
  readingMinutes: number; // 0 only for an empty text
}

// Typical silent-reading speeds: ~400 Han characters or ~220 English words a minute.
const hanPerMinute = 400;
const wordsPerMinute = 220;

const hanCharacter = /\p{Script=Han}/gu;
const otherWord = /[\p{L}\p{N}]+/gu;

export function countArticleText(text: string): ArticleTextCount {
  const hanCharacters = text.match(hanCharacter)?.length ?? 0;
  const otherWords = text.replace(hanCharacter, ' ').match(otherWord)?.length ?? 0;
  const minutes = hanCharacters / hanPerMinute + otherWords / wordsPerMinute;
  return { hanCharacters, otherWords, readingMinutes: minutes === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}
