import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { foldTagName } from './fold-tag-name';
import { suggestTagsForArticle } from './suggest-tags-for-article';

async function tag(name: string, slug: string, aliases: string[] = []) {
  await getPrisma().tag.create({
    data: { name, slug, nameKey: foldTagName(name), aliases: { create: aliases.map((alias) => ({ name: alias, nameKey: foldTagName(alias) })) } },
  });
}

const body = '湖北省今年共受理专利申请三万件，专利授权量同比增长。湖北各地加强专利保护，知产保护中心运行良好，知产纠纷调解成功率提高。';

describe('suggestTagsForArticle', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('maps an alias in the text to its tag and names the alias', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan', ['知产']);
    await tag('专利', 'zhuan-li');
    await tag('商标', 'shang-biao');
    const suggestions = await suggestTagsForArticle({ title: '湖北专利申请量创新高', bodyText: body, currentTags: [] });
    expect(suggestions).toEqual(expect.arrayContaining([
      { name: '专利', slug: 'zhuan-li', reason: 'tag' },
      { name: '知识产权', slug: 'zhi-shi-chan-quan', reason: 'alias', via: '知产' },
    ]));
    expect(suggestions.map((suggestion) => suggestion.name)).not.toContain('商标');
  });

  it('matches Traditional text to Simplified tags', async () => {
    await tag('专利', 'zhuan-li');
    const suggestions = await suggestTagsForArticle({ title: '湖北專利申請量創新高', bodyText: '專利申請三萬件，專利授權量增長。', currentTags: [] });
    expect(suggestions).toEqual([{ name: '专利', slug: 'zhuan-li', reason: 'tag' }]);
  });

  it('leaves out the tags the article already has, in either script, and keeps to the limit', async () => {
    await tag('知识产权', 'zhi-shi-chan-quan', ['知产']);
    await tag('专利', 'zhuan-li');
    await tag('湖北', 'hu-bei');
    const input = { title: '湖北专利申请量创新高', bodyText: body };
    expect((await suggestTagsForArticle({ ...input, currentTags: [] })).map((s) => s.name).sort()).toEqual(['专利', '湖北', '知识产权'].sort());
    const withoutCurrent = await suggestTagsForArticle({ ...input, currentTags: ['專利', '知识产权'] });
    expect(withoutCurrent.map((s) => s.name)).toEqual(['湖北']);
    expect(await suggestTagsForArticle({ ...input, currentTags: [] }, { limit: 1 })).toHaveLength(1);
  });

  it('suggests nothing when no existing tag fits', async () => {
    await tag('商标', 'shang-biao');
    expect(await suggestTagsForArticle({ title: '湖北专利申请量创新高', bodyText: body, currentTags: [] })).toEqual([]);
  });
});
