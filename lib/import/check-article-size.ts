import { ImportError } from './import-error';

// What one article body may hold (the editor's document limits: 500,000 characters, 100,000
// nodes, and each block is a node plus its text nodes).
export const maxArticleCharacters = 500_000;
export const maxArticleBlocks = 40_000;

export function checkArticleSize(texts: readonly string[], fileName: string): void {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  if (characters > maxArticleCharacters) {
    throw new ImportError(
      `“${fileName}” holds ${characters.toLocaleString('en')} characters of article text, more than one article can (${maxArticleCharacters.toLocaleString('en')}). Split it into several files.`,
    );
  }
  if (texts.length > maxArticleBlocks) {
    throw new ImportError(
      `“${fileName}” holds ${texts.length.toLocaleString('en')} paragraphs, more than one article can (${maxArticleBlocks.toLocaleString('en')}). Split it into several files.`,
    );
  }
}

// Text before any cleaning may hold some boilerplate besides the article, but not this much: a
// file past it is refused before the costly cleaning starts.
export const maxSourceCharacters = 2 * maxArticleCharacters;

export function checkSourceTextSize(characters: number, fileName: string): void {
  if (characters > maxSourceCharacters) {
    throw new ImportError(
      `“${fileName}” holds ${characters.toLocaleString('en')} characters of text, more than one article with its page around it can (${maxSourceCharacters.toLocaleString('en')}). Split it into several files.`,
    );
  }
}
