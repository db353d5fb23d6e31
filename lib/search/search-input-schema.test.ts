import { describe, expect, it } from 'vitest';
import { searchInputSchema } from './search-input-schema';

const parse = (input: Record<string, unknown>) => searchInputSchema.parse(input);

describe('searchInputSchema', () => {
  it('trims the query and cuts it to 100 characters', () => {
    expect(parse({ q: '  知识产权 ' })).toEqual({ q: '知识产权', page: 1 });
    expect(parse({ q: '商'.repeat(1000) }).q).toBe('商'.repeat(100));
    expect(parse({ q: '𠀀'.repeat(150) }).q).toBe('𠀀'.repeat(100));
    expect(parse({}).q).toBe('');
    expect(parse({ q: ['甲', '乙'] }).q).toBe('甲');
    expect(parse({ q: 5 }).q).toBe('');
  });

  it('reads any page but a whole number from 1 to 50 as page 1', () => {
    expect(parse({ q: 'x', page: '7' }).page).toBe(7);
    expect(parse({ q: 'x', page: '50' }).page).toBe(50);
    for (const page of [undefined, '', '0', '-1', '51', '1e2', '2.5', 'abc', '99999999999999999999', ' 3']) expect(parse({ q: 'x', page }).page).toBe(1);
    expect(parse({ q: 'x', page: ['3', '4'] }).page).toBe(3);
  });
});
