import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { suggestTags } from '@/lib/import/suggest-tags';
import { loadTagVocabulary } from './load-tag-vocabulary';

describe('loadTagVocabulary', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('gives the importer every tag with its aliases, so an alias in the text matches its tag', async () => {
    const prisma = getPrisma();
    await prisma.tag.create({ data: { name: '知识产权', slug: 'zhi-shi-chan-quan', aliases: { create: [{ name: '知产', nameKey: '知产' }] } } });
    await prisma.tag.create({ data: { name: '商标', slug: 'shang-biao' } });

    const vocabulary = await loadTagVocabulary();
    expect(vocabulary).toEqual([
      { name: '商标', aliases: [] },
      { name: '知识产权', aliases: ['知产'] },
    ]);
    const suggestions = suggestTags({ title: '我省知产保护再上台阶', bodyText: '全省法院审结知产案件三千余件。', pageTags: [] }, vocabulary);
    expect(suggestions.matched.map((match) => match.tag)).toEqual(['知识产权']);
  });
});
