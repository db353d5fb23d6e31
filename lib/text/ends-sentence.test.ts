import { describe, expect, it } from 'vitest';
import { endsSentence } from './ends-sentence';

describe('endsSentence', () => {
  it.each([
    ['彭泉表示。', true],
    ['作出了有力貢獻。”', true],
    ['你是誰?', true],
    ['真的!」', true],
    ['同比增長23.82%;', true],
    ['未完……', true],
    ['強化保護顯擔當', false],
    ['記者從湖北獲悉,', false],
    ['湖北:砥礪“三牛精神”奮進新征程', false],
    ['', false],
  ])('%s -> %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});
