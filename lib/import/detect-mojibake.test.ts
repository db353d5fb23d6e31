import { describe, expect, it } from 'vitest';
import { detectMojibake } from './detect-mojibake';

describe('detectMojibake', () => {
  it.each([
    ['a phantom syllable', '助力當?shù)亟?jīng)濟高質量', ['助力當?shù)亟?jīng)濟高質量']],
    ['mangled punctuation', '指導案例?!斑@既體現了', ['指導案例?!斑@既體現了']],
    ['a misaligned comma', '品牌之一?,F場,恩施', ['品牌之一?,F場,恩']],
    ['a swallowed digit next to a strong signal', '代言?!苯衲?月,在湖北', ['代言?!苯衲?月,在湖']],
    ['a Private Use character', '砥礪\uE1D6鼗呐努力', ['砥礪\uE1D6鼗呐努力']],
  ])('flags %s', (_case, text, excerpts) => {
    expect(detectMojibake(text).map((span) => span.excerpt)).toEqual(excerpts);
  });

  it('reports separate places separately, with their offsets', () => {
    const text = `指導案例?!斑@既體現了${'湖北'.repeat(20)}品牌之一?,F場`;
    expect(detectMojibake(text).map((span) => span.index)).toEqual([4, text.indexOf('?,F')]);
  });

  it.each([
    ['a genuine question', '你是誰?我是記者。'],
    ['a question before a number', '價格多少?3元。'],
    ['an exclamation at the end', '真的嗎?!'],
    ['a Latin letter in a term', '中國A股市場與維生素C片'],
    ['an acronym in brackets', '世界衛生組織(WHO)表示'],
    ['clean text', '湖北省知識產權局局長彭泉表示。'],
  ])('leaves %s alone', (_case, text) => {
    expect(detectMojibake(text)).toEqual([]);
  });
});
