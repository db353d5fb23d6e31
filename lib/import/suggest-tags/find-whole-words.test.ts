import { describe, expect, it } from 'vitest';
import { getJiebaDictionary } from '../../text/jieba-dictionary';
import { countWholeWords, segmentText } from './find-whole-words';

const count = (text: string, term: string) => countWholeWords(segmentText(text, getJiebaDictionary().jieba.cut(text, true)), term);

describe('countWholeWords', () => {
  it.each([
    ['湖北省知识产权局', '湖北', 1],
    ['湖北省知识产权局', '知识产权', 1],
    ['湖北省知识产权局', '湖北省知识产权局', 1],
    ['地理标志产品，地理标志商标', '地理标志', 2],
    ['中国家电出口', '中国', 0],
    ['中国家电出口', '国家', 0],
    ['人民币汇率', '人民', 0],
    ['武汉市场监管局', '武汉', 1],
    ['cks科顺', 'cks', 1],
    ['cks科顺', 'ks', 0],
    ['湖北', '', 0],
  ])('finds %s / %s %i times', (text, term, expected) => {
    expect(count(text, term)).toBe(expected);
  });

  it('falls back to plain substrings when the words do not add up to the text', () => {
    expect(countWholeWords(segmentText('中国家电', ['中国家']), '国家')).toBe(1);
  });
});
