import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text';

describe('foldText', () => {
  it.each([
    ['Traditional to Simplified', '知識產權保護示範區', '知识产权保护示范区'],
    ['full-width Latin and digits to lowercase ASCII', 'ＷＨＯ２０２４年', 'who2024年'],
    ['full-width punctuation to ASCII', '湖北：砥礪（三牛）', '湖北:砥砺(三牛)'],
    ['Latin to lowercase', 'CKS科順', 'cks科顺'],
  ])('folds %s', (_case, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('leaves Simplified text unchanged', () => {
    const simplified = '武汉市全面启动国家知识产权保护示范区建设';
    expect(foldText(simplified)).toBe(simplified);
  });
});
