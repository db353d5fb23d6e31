import { describe, expect, it } from 'vitest';
import { convertForVariant } from './convert-for-variant';

describe('convertForVariant', () => {
  it('leaves Simplified text alone for the Simplified site', () => {
    expect(convertForVariant('软件知识产权', 'zh-hans')).toBe('软件知识产权');
  });

  it('uses Taiwan phrases for zh-tw and Hong Kong forms for zh-hk', () => {
    expect(convertForVariant('软件', 'zh-tw')).toBe('軟體');
    expect(convertForVariant('知识产权 信息', 'zh-tw')).toBe('智慧財產權 資訊');
    expect(convertForVariant('知识产权 信息', 'zh-hk')).toBe('知識產權 信息');
    expect(convertForVariant('台湾 里', 'zh-hk')).toBe('台灣 裏');
  });

  it('gives the same answer from the memo as from the converter, short or long', () => {
    const long = '软件'.repeat(150);
    expect(convertForVariant('软件', 'zh-tw')).toBe(convertForVariant('软件', 'zh-tw'));
    expect(convertForVariant(long, 'zh-tw')).toBe('軟體'.repeat(150));
  });
});
