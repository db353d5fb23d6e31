import { describe, expect, it } from 'vitest';
import { checkArticleSize, checkSourceTextSize, maxArticleBlocks, maxArticleCharacters, maxSourceCharacters } from './check-article-size';
import { ImportError } from './import-error';

describe('checkArticleSize', () => {
  it('accepts an article within the editor limits', () => {
    expect(() => checkArticleSize(['字'.repeat(maxArticleCharacters)], 'a.txt')).not.toThrow();
  });

  it('refuses too much text or too many paragraphs, saying how much', () => {
    expect(() => checkArticleSize(['字'.repeat(maxArticleCharacters), '字'], 'a.txt')).toThrow(
      new ImportError('“a.txt” holds 500,001 characters of article text, more than one article can (500,000). Split it into several files.'),
    );
    expect(() => checkArticleSize(Array(maxArticleBlocks + 1).fill('字'), 'b.txt')).toThrow(/“b\.txt” holds 40,001 paragraphs/u);
  });

  it('refuses source text too long to clean before cleaning it', () => {
    expect(() => checkSourceTextSize(maxSourceCharacters, 'c.txt')).not.toThrow();
    expect(() => checkSourceTextSize(maxSourceCharacters + 1, 'c.txt')).toThrow(/“c\.txt” holds 1,000,001 characters of text/u);
  });
});
