import { describe, expect, it } from 'vitest';
import { convertBreadcrumbForVariant } from './convert-breadcrumb-for-variant';
import { convertListItemForVariant } from './convert-list-item-for-variant';
import { convertNameForVariant } from './convert-name-for-variant';
import { convertTextForVariant } from './convert-text-for-variant';

describe('convertTextForVariant', () => {
  it('shows Simplified text to the Simplified site as stored, and converts Traditional text to it', () => {
    expect(convertTextForVariant('软件知识产权', 'HANS', 'zh-hans')).toBe('软件知识产权');
    expect(convertTextForVariant('頭髮乾燥，「後來」', 'HANT', 'zh-hans')).toBe('头发干燥，「后来」');
  });

  it('converts Simplified text to the Traditional variants, with their own phrases', () => {
    expect(convertTextForVariant('软件知识产权', 'HANS', 'zh-tw')).toBe('軟體智慧財產權');
    expect(convertTextForVariant('知识产权', 'HANS', 'zh-hk')).toBe('知識產權');
  });

  it('shows Traditional text to the Traditional variants as stored, with no lossy round trip', () => {
    expect(convertTextForVariant('乾坤 幹部 軟件', 'HANT', 'zh-tw')).toBe('乾坤 幹部 軟件');
    expect(convertTextForVariant('乾坤', 'HANT', 'zh-hk')).toBe('乾坤');
  });
});

describe('convertNameForVariant', () => {
  it('goes by the name’s own characters', () => {
    expect(convertNameForVariant('知识产权', 'zh-tw')).toBe('智慧財產權');
    expect(convertNameForVariant('臺灣經濟', 'zh-hans')).toBe('台湾经济');
    expect(convertNameForVariant('臺灣經濟', 'zh-tw')).toBe('臺灣經濟');
    expect(convertNameForVariant('AI', 'zh-hk')).toBe('AI');
  });
});

describe('convertListItemForVariant', () => {
  it('converts the title and excerpt by the entry’s script and keeps the rest', () => {
    const item = { id: '1', slug: 'ruan-jian', title: '软件', excerpt: '信息', publishedAt: null, script: 'HANS' as const };
    expect(convertListItemForVariant(item, 'zh-tw')).toEqual({ ...item, title: '軟體', excerpt: '資訊' });
    expect(convertListItemForVariant({ ...item, title: '軟體', excerpt: '', script: 'HANT' }, 'zh-hans')).toEqual({ ...item, title: '软体', excerpt: '', script: 'HANT' });
  });
});

describe('convertBreadcrumbForVariant', () => {
  it('names each step in the variant and keeps the unprefixed paths', () => {
    const items = [{ name: '首页', path: '/' }, { name: '主题', path: '/topics' }, { name: '软件', path: '/topics/ruan-jian' }];
    expect(convertBreadcrumbForVariant(items, 'zh-tw')).toEqual([{ name: '首頁', path: '/' }, { name: '主題', path: '/topics' }, { name: '軟體', path: '/topics/ruan-jian' }]);
  });
});
