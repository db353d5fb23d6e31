import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convertToSimplified } from '../../text/convert-to-simplified';
import { contentHash, normaliseForContentHash } from './content-hash';
import { loadSampleArticles } from './fixtures/sample-articles';

const { consumerNews, hubeiNews } = loadSampleArticles();
const original = contentHash(hubeiNews.title, hubeiNews.bodyText);

describe('contentHash', () => {
  it('is the hex sha256 of the normalised title, a newline and the normalised body', () => {
    expect(contentHash('  湖北：', '知識產權\n\n局')).toBe(createHash('sha256').update('湖北\n知识产权局').digest('hex'));
  });

  it.each([
    ['the Simplified copy', convertToSimplified(hubeiNews.title), convertToSimplified(hubeiNews.bodyText)],
    ['full-width commas and colons', hubeiNews.title.replace(':', '：'), hubeiNews.bodyText.replaceAll(',', '，')],
    ['paragraphs re-flowed with other spacing', hubeiNews.title, hubeiNews.paragraphs.join('\r\n \u3000')],
    ['full-width Latin in another case', hubeiNews.title, hubeiNews.bodyText.replace('CKS', 'ｃｋｓ')],
    ['punctuation dropped or changed', hubeiNews.title.replace(':', ''), hubeiNews.bodyText.replaceAll('“', '「').replaceAll('”', '」')],
    ['a byte order mark and zero-width spaces', `\uFEFF${hubeiNews.title}`, hubeiNews.bodyText.replaceAll('。', '。\u200B')],
  ])('gives %s the same hash', (_case, title, bodyText) => {
    expect(contentHash(title, bodyText)).toBe(original);
  });

  it.each([
    ['one figure changed', hubeiNews.title, hubeiNews.bodyText.replace('48.91%', '48.92%')],
    ['one character changed', hubeiNews.title, hubeiNews.bodyText.replace('恩施', '宜昌')],
    ['another title', '湖北知识产权工作交出满意答卷', hubeiNews.bodyText],
    ['a paragraph dropped', hubeiNews.title, hubeiNews.paragraphs.slice(1).join('\n\n')],
  ])('changes with %s', (_case, title, bodyText) => {
    expect(contentHash(title, bodyText)).not.toBe(original);
  });

  it('keeps the title and the body apart', () => {
    expect(contentHash('湖北', '品牌')).not.toBe(contentHash('湖北品', '牌'));
  });

  it('tells the two samples apart', () => {
    expect(contentHash(consumerNews.title, consumerNews.bodyText)).not.toBe(original);
  });
});

describe('normaliseForContentHash', () => {
  it('keeps only letters and digits, folded', () => {
    expect(normaliseForContentHash('「ＣＫＳ科順」 注冊商標：2020年，\t增長48.91%！')).toBe('cks科顺注册商标2020年增长4891');
  });
});
