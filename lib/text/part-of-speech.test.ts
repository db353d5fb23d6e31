import { describe, expect, it } from 'vitest';
import { getJiebaDictionary } from './jieba-dictionary';
import { partOfSpeech } from './part-of-speech';

describe('partOfSpeech', () => {
  it.each([
    ['品牌', 'n'],
    ['湖北', 'ns'],
    ['湖北省', 'ns'],
    ['表示', 'v'],
    ['发明专利', 'l'],
    ['彭泉', 'x'],
    ['', 'x'],
  ])('tags %s as %s', (word, tag) => {
    expect(partOfSpeech(word)).toBe(tag);
  });

  it('agrees with tagging the words in their sentence', () => {
    const sentence = '湖北省知识产权局还加快完善纠纷解决机制，地理标志产品恩施土豆获得金奖。';
    for (const { word, tag } of getJiebaDictionary().jieba.tag(sentence, false)) expect([word, partOfSpeech(word)]).toEqual([word, tag]);
  });
});
