import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { foldTagName } from './fold-tag-name';
import { searchTags } from './search-tags';

async function tag(name: string, slug: string, options: { articles?: number; aliases?: string[]; legacy?: boolean } = {}) {
  const prisma = getPrisma();
  const created = await prisma.tag.create({
    data: {
      name,
      slug,
      nameKey: options.legacy ? null : foldTagName(name),
      aliases: { create: (options.aliases ?? []).map((alias) => ({ name: alias, nameKey: foldTagName(alias) })) },
    },
  });
  for (let index = 0; index < (options.articles ?? 0); index++) {
    await prisma.article.create({
      data: { title: `${name}${index}`, slug: `${slug}-article-${index}`, body: {}, bodyText: '', tags: { create: { tagId: created.id, position: 0 } } },
    });
  }
  return created;
}

describe('searchTags', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('finds a Simplified tag from a Traditional or full-width query', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan');
    await tag('湖北', 'hu-bei');
    expect((await searchTags('知識產權')).map((hit) => [hit.name, hit.isExactName])).toEqual([['知识产权', true]]);
    await tag('ＡＩ芯片', 'ai-xin-pian');
    expect((await searchTags(' ai ')).map((hit) => hit.name)).toEqual(['ＡＩ芯片']);
  });

  it('finds a tag by its alias and says which alias matched', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan', { aliases: ['知产', 'IP'] });
    expect(await searchTags('知產')).toEqual([
      { id: expect.any(String), name: '知识产权', slug: 'zhi-shi-chan-quan', matchedAlias: '知产', articleCount: 0, isExactName: true },
    ]);
    const [byName] = await searchTags('知识');
    expect(byName?.matchedAlias).toBeNull();
    expect(byName?.isExactName).toBe(false);
  });

  it('matches pinyin against the start of a slug without its hyphens', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan');
    await tag('知识', 'zhi-shi');
    await tag('商标', 'shang-biao');
    expect((await searchTags('zhishi')).map((hit) => hit.slug)).toEqual(['zhi-shi', 'zhi-shi-chan-quan']);
    expect((await searchTags('ZHI-SHI-CHAN')).map((hit) => hit.slug)).toEqual(['zhi-shi-chan-quan']);
    // A slug that equals the query is no tag of that name.
    expect((await searchTags('zhishi')).map((hit) => hit.isExactName)).toEqual([false, false]);
    expect(await searchTags('shichan')).toEqual([]);
  });

  it('ranks exact over prefix over substring, then by article count', async () => {
    await tag('专利侵权', 'zhuan-li-qin-quan', { articles: 1 });
    await tag('发明专利', 'fa-ming-zhuan-li', { articles: 3 });
    await tag('专利', 'zhuan-li');
    await tag('专利法', 'zhuan-li-fa', { articles: 2 });
    const hits = await searchTags('专利');
    expect(hits.map((hit) => [hit.name, hit.articleCount])).toEqual([['专利', 0], ['专利法', 2], ['专利侵权', 1], ['发明专利', 3]]);
    expect(await searchTags('专利', { limit: 2 })).toHaveLength(2);
  });

  it('counts articles outside the trash only', async () => {
    const created = await tag('商标', 'shang-biao', { articles: 2 });
    await getPrisma().article.updateMany({ where: { tags: { some: { tagId: created.id } } }, data: { deletedAt: new Date() } });
    await getPrisma().article.create({ data: { title: '新', slug: 'xin', body: {}, bodyText: '', tags: { create: { tagId: created.id, position: 0 } } } });
    expect((await searchTags('商标'))[0]?.articleCount).toBe(1);
  });

  it('still finds tags whose name key was never computed', async () => {
    await tag('地理标志', 'di-li-biao-zhi', { legacy: true });
    expect((await searchTags('地理')).map((hit) => hit.name)).toEqual(['地理标志']);
  });

  it('treats LIKE wildcards in the query as text', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan');
    expect(await searchTags('%')).toEqual([]);
    expect(await searchTags('知_产权')).toEqual([]);
  });

  it('returns nothing for an empty query and refuses an over-long one', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan');
    expect(await searchTags('')).toEqual([]);
    expect(await searchTags('   ')).toEqual([]);
    await expect(searchTags('知'.repeat(51))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { query: 'tooLong' } });
    expect(await searchTags('知'.repeat(50))).toEqual([]);
  });
});
