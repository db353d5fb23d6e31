import { describe, expect, it } from 'vitest';
import type { TagSearchHit } from '@/lib/tags/search-tags';
import { defaultOptionIndex, tagOptions } from './tag-options';

const hit = (name: string, extra: Partial<TagSearchHit> = {}): TagSearchHit => ({
  id: name, name, slug: name, matchedAlias: null, articleCount: 0, isExactName: false, ...extra,
});

describe('tagOptions', () => {
  it('lists the hits not chosen yet, then creating the typed name', () => {
    const options = tagOptions({ query: ' 知识 ', hits: [hit('知识产权'), hit('知识')], isCurrent: true, chosen: ['知识'] });
    expect(options).toEqual([{ kind: 'tag', hit: hit('知识产权') }]);
    const fresh = tagOptions({ query: ' 知识  经济 ', hits: [hit('知识产权')], isCurrent: true, chosen: [] });
    expect(fresh.at(-1)).toEqual({ kind: 'create', name: '知识 经济' });
  });

  it('offers no creation when a tag of that name or alias exists, in either script', () => {
    const traditional = tagOptions({ query: '知識產權', hits: [hit('知识产权', { isExactName: true })], isCurrent: true, chosen: [] });
    expect(traditional.map((option) => option.kind)).toEqual(['tag']);
    const alias = tagOptions({ query: 'ＩＰ', hits: [hit('知识产权', { matchedAlias: 'IP' })], isCurrent: false, chosen: [] });
    expect(alias.map((option) => option.kind)).toEqual(['tag']);
  });

  it('does not trust exactness that answered an earlier query', () => {
    const options = tagOptions({ query: '知识经', hits: [hit('知识', { isExactName: true })], isCurrent: false, chosen: [] });
    expect(options.at(-1)).toEqual({ kind: 'create', name: '知识经' });
  });

  it('offers nothing to create for blank text or a name already chosen', () => {
    expect(tagOptions({ query: '  ', hits: [], isCurrent: true, chosen: [] })).toEqual([]);
    expect(tagOptions({ query: 'ai', hits: [], isCurrent: true, chosen: ['AI'] })).toEqual([]);
  });
});

describe('defaultOptionIndex', () => {
  it('is the first option when it is the typed name, found for the current query', () => {
    const exact = [{ kind: 'tag' as const, hit: hit('知识产权', { isExactName: true }) }];
    expect(defaultOptionIndex(exact, true)).toBe(0);
    expect(defaultOptionIndex(exact, false)).toBe(-1);
    expect(defaultOptionIndex([{ kind: 'tag', hit: hit('知识产权') }], true)).toBe(-1);
    expect(defaultOptionIndex([{ kind: 'create', name: '新' }], true)).toBe(-1);
    expect(defaultOptionIndex([], true)).toBe(-1);
  });
});
