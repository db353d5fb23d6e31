import { describe, expect, it } from 'vitest';
import { buildSearchQuery } from './build-search-query';

describe('buildSearchQuery', () => {
  it('segments Traditional and Simplified queries into the same quoted words, longest first', () => {
    const simplified = buildSearchQuery('知识产权');
    expect(simplified.tokens).toEqual(['知识产权', '知识', '产权']);
    expect(simplified.documentQuery).toBe("('知识产权' | ('知识' & '产权'))");
    expect(buildSearchQuery('恩施 茶叶').documentQuery).toBe("'恩施' & '茶叶'");
    expect(buildSearchQuery('知識產權')).toEqual(simplified);
    expect(buildSearchQuery('ＯｐｅｎＡＩ').tokens).toEqual(['openai']);
  });

  it('keeps only letters and digits of tsquery syntax, SQL and punctuation', () => {
    expect(buildSearchQuery("商标 & | ! :* ' \" ( )").documentQuery).toBe("'商标'");
    expect(buildSearchQuery("x' | 'y").documentQuery).toBe("'x' & 'y'");
    expect(buildSearchQuery("1'; DROP TABLE articles; --").documentQuery).toBe("'1' & 'drop' & 'table' & 'articles'");
    for (const q of ['', '   ', '！？。，', '&|!:*()', "'\"\\"]) expect(buildSearchQuery(q)).toMatchObject({ tokens: [], documentQuery: null, titlePattern: null });
  });

  it('gives a title fragment for trigram matching from three characters, with LIKE characters escaped', () => {
    expect(buildSearchQuery('恩施').titlePattern).toBeNull();
    expect(buildSearchQuery('湖示范').titlePattern).toBe('%湖示范%');
    expect(buildSearchQuery('Zuckerburg').fuzzyTitle).toBe('zuckerburg');
    expect(buildSearchQuery('100%_x').titlePattern).toBe('%100 x%');
  });

  it('normalises script, width, spacing and punctuation, so such spellings share one cached result', () => {
    const query = buildSearchQuery('知识产权 保护');
    for (const q of ['知識產權 保護', '  知识产权   保护 ', '知识产权　保护', '知识产权，保护', '知識產權、保護']) expect(buildSearchQuery(q)).toEqual(query);
    expect(buildSearchQuery('知识 产权保护')).not.toEqual(query);
    expect(buildSearchQuery('OpenAI 发布')).toEqual(buildSearchQuery('ｏｐｅｎａｉ  發佈'));
  });

  it('hands out the same prepared query again for a repeated input', () => {
    expect(buildSearchQuery('恩施 茶叶')).toBe(buildSearchQuery('恩施 茶叶'));
  });

  it('caps the number of words', () => {
    expect(buildSearchQuery(Array.from({ length: 60 }, (_, at) => `w${at}`).join(' ')).tokens).toHaveLength(24);
  });
});
