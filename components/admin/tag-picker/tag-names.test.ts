import { describe, expect, it } from 'vitest';
import { maxTagsPerArticle, tagNamesSchema } from '@/lib/articles/article-input-schema';
import { addTagNames, includesTagName, splitFinishedNames, joinTagNames, moveTagName, parseTagNames, removeTagName, tagNameKey } from './tag-names';

describe('parseTagNames', () => {
  it('splits on every separator the server splits on and cleans names as it does', () => {
    const text = ' 知识产权 ,专利，商标、地理  标志;版权；\n新闻 ';
    expect(parseTagNames(text)).toEqual(['知识产权', '专利', '商标', '地理 标志', '版权', '新闻']);
    expect(parseTagNames(text)).toEqual(tagNamesSchema.parse(text));
  });

  it('keeps the first of names differing only by width, case or spaces', () => {
    expect(parseTagNames('AI, ａｉ, Ai芯片, ai 芯片, 专利')).toEqual(['AI', 'Ai芯片', '专利']);
  });

  it('reads an empty or separator-only field as no tags', () => {
    expect(parseTagNames('')).toEqual([]);
    expect(parseTagNames(' ,、 ;')).toEqual([]);
  });
});

describe('joinTagNames', () => {
  it('writes names the server reads back in the same order', () => {
    const names = ['湖北', '知识产权', 'AI 芯片'];
    expect(joinTagNames(names)).toBe('湖北, 知识产权, AI 芯片');
    expect(tagNamesSchema.parse(joinTagNames(names))).toEqual(names);
    expect(parseTagNames(joinTagNames(names))).toEqual(names);
  });
});

describe('tagNameKey and includesTagName', () => {
  it('ignore width, case and spaces but not script', () => {
    expect(tagNameKey(' Ａ Ｉ ')).toBe('ai');
    expect(includesTagName(['AI芯片'], 'ai 芯片')).toBe(true);
    expect(includesTagName(['知识产权'], '知識產權')).toBe(false);
  });
});

describe('moveTagName', () => {
  const names = ['a', 'b', 'c'];

  it('moves a name up or down one place', () => {
    expect(moveTagName(names, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveTagName(names, 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('moves to the front or the end and stops there', () => {
    expect(moveTagName(names, 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveTagName(names, 0, -1)).toEqual(names);
    expect(moveTagName(names, 2, 1)).toEqual(names);
    expect(moveTagName(names, 7, -1)).toEqual(names);
  });

  it('never changes the list it was given', () => {
    moveTagName(names, 1, 1);
    expect(names).toEqual(['a', 'b', 'c']);
  });
});

describe('removeTagName', () => {
  it('removes the name at a position', () => {
    expect(removeTagName(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeTagName(['a'], 3)).toEqual(['a']);
  });
});

describe('addTagNames', () => {
  it('adds a cleaned name at the end', () => {
    expect(addTagNames(['专利'], '  地理   标志 ')).toEqual({ names: ['专利', '地理 标志'], added: ['地理 标志'], problem: null });
  });

  it('splits typed text on separators and skips names already there', () => {
    expect(addTagNames(['专利'], '商标、专利，ＡＩ,ai')).toEqual({ names: ['专利', '商标', 'ＡＩ'], added: ['商标', 'ＡＩ'], problem: null });
  });

  it('refuses a name over 50 characters and keeps the others', () => {
    const long = '长'.repeat(51);
    expect(addTagNames([], `${long}、商标`)).toEqual({ names: ['商标'], added: ['商标'], problem: 'tooLong' });
    expect(addTagNames([], '长'.repeat(50)).problem).toBeNull();
  });

  it('stops at the per-article limit', () => {
    const full = Array.from({ length: maxTagsPerArticle - 1 }, (_, index) => `标签${index}`);
    const result = addTagNames(full, '甲、乙、丙');
    expect(result.names).toHaveLength(maxTagsPerArticle);
    expect(result.added).toEqual(['甲']);
    expect(result.problem).toBe('tooMany');
  });

  it('adds nothing for blank text', () => {
    expect(addTagNames(['专利'], ' ，')).toEqual({ names: ['专利'], added: [], problem: null });
  });
});

describe('splitFinishedNames', () => {
  it('cuts typed text after its last separator', () => {
    expect(splitFinishedNames('商标、专利，地理')).toEqual({ finished: '商标、专利，', typing: '地理' });
    expect(splitFinishedNames('商标;')).toEqual({ finished: '商标;', typing: '' });
    expect(splitFinishedNames('地理标志')).toEqual({ finished: '', typing: '地理标志' });
  });
});
