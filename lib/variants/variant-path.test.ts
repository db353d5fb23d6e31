import { describe, expect, it } from 'vitest';
import { variantPath } from './variant-path';

describe('variantPath', () => {
  it('keeps Simplified paths unprefixed', () => {
    expect(variantPath('/', 'zh-hans')).toBe('/');
    expect(variantPath('/articles/a', 'zh-hans')).toBe('/articles/a');
  });

  it('prefixes the Traditional variants, the home page and query strings included', () => {
    expect(variantPath('/', 'zh-tw')).toBe('/zh-tw');
    expect(variantPath('/?before=1.a', 'zh-hk')).toBe('/zh-hk?before=1.a');
    expect(variantPath('/topics/x?before=1.a', 'zh-tw')).toBe('/zh-tw/topics/x?before=1.a');
  });
});
