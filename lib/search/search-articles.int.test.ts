import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { loadSearchPage } from './load-search-page';
import { searchArticles } from './search-articles';
import { createSearchableArticle } from './test-search-articles';

// loadSearchPage reads through a 'use cache' function, which runs uncached outside Next.
vi.mock('next/cache', () => ({ cacheLife: vi.fn(), cacheTag: vi.fn() }));

const titlesOf = async (q: string, page = 1) => (await searchArticles({ q, page })).items.map((item) => item.title);

describe('searchArticles', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('finds the same articles for Traditional and Simplified queries, and Traditional articles too', async () => {
    await createSearchableArticle('湖北加强知识产权保护', '全省专利申请量上升。');
    await createSearchableArticle('智慧財產權法院成立', '法院審理知識產權案件。', { script: 'HANT' });
    await createSearchableArticle('天气预报', '明天有雨。');
    const simplified = await titlesOf('知识产权');
    expect(simplified.sort()).toEqual(['智慧財產權法院成立', '湖北加强知识产权保护'].sort());
    expect((await titlesOf('知識產權')).sort()).toEqual(simplified);
    expect(await titlesOf('产权')).toHaveLength(2);
    await createSearchableArticle('机构改革', '国家知识产权局今天发布公告。');
    expect(await titlesOf('知识产权 公告')).toEqual(['机构改革']);
  });

  it('ranks title matches above body matches, and newer first among equals', async () => {
    await createSearchableArticle('一篇旧闻', '文中提到恩施的茶叶。', { hoursAgo: 1 });
    await createSearchableArticle('恩施茶叶丰收', '今年产量创新高。', { hoursAgo: 48 });
    await createSearchableArticle('恩施旅游旺季', '游客增多。', { hoursAgo: 24 });
    expect(await titlesOf('恩施')).toEqual(['恩施旅游旺季', '恩施茶叶丰收', '一篇旧闻']);
  });

  it('never finds drafts, scheduled, archived or trashed articles', async () => {
    await createSearchableArticle('公开的商标新闻', '商标。');
    await createSearchableArticle('草稿商标', '商标。', { status: 'DRAFT', publishedAt: null });
    await createSearchableArticle('定时商标', '商标。', { status: 'SCHEDULED', publishedAt: null, scheduledAt: new Date(Date.now() + 3_600_000) });
    await createSearchableArticle('归档商标', '商标。', { status: 'ARCHIVED' });
    await createSearchableArticle('回收站商标', '商标。', { deletedAt: new Date() });
    expect(await titlesOf('商标')).toEqual(['公开的商标新闻']);
  });

  it('marks the matches in the title and in a snippet of the body', async () => {
    const body = `${'开头的一段话。'.repeat(20)}法院审理了知识产权案件，${'结尾的话。'.repeat(30)}`;
    await createSearchableArticle('知识产权审判', body);
    const [item] = (await searchArticles({ q: '知識產權', page: 1 })).items;
    expect(item?.titleSegments).toEqual([{ text: '知识产权', match: true }, { text: '审判', match: false }]);
    const snippet = item?.snippet ?? [];
    expect(snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['知识产权']);
    expect(snippet[0]?.text.startsWith('…')).toBe(true);
    expect(snippet.map((segment) => segment.text).join('').length).toBeLessThanOrEqual(110);
  });

  it('finds titles by a fragment jieba cuts differently, and by a misspelt Latin name', async () => {
    await createSearchableArticle('Zuckerberg 出席听证会', '会议持续三小时。');
    await createSearchableArticle('武汉东湖示范区挂牌', '正文。');
    expect(await titlesOf('zuckerburg')).toEqual(['Zuckerberg 出席听证会']);
    expect(await titlesOf('湖示范')).toEqual(['武汉东湖示范区挂牌']);
  });

  it('looks for near spellings only when nothing matches the query itself', async () => {
    await createSearchableArticle('Zuckerberg 出席听证会', '会议持续三小时。');
    await createSearchableArticle('听证会纪要', '有人把名字写成 Zuckerburg。');
    expect(await titlesOf('zuckerburg')).toEqual(['听证会纪要']);
  });

  it('finds a word in nearly every article newest first, as for a rare one', async () => {
    for (let hour = 1; hour <= 30; hour += 1) await createSearchableArticle(`市场观察 ${hour}`, '记者从会上获悉。', { hoursAgo: hour });
    await getPrisma().$executeRawUnsafe('VACUUM ANALYZE articles');
    const result = await searchArticles({ q: '记者', page: 1 });
    expect(result.total).toBe(30);
    expect(result.items.map((item) => item.title)).toEqual(Array.from({ length: 10 }, (_, at) => `市场观察 ${at + 1}`));
  });

  it('finds a phrase whose words go together newest first, whether the newest articles hold all its matches or not', async () => {
    // Words the planner takes as independent (each in a fraction of the articles, so both together
    // in a fraction of that), which go together: in most of the newest articles, so those are walked.
    const insert = (title: string, body: string, from: number, to: number, minutesAgo: string) => getPrisma().$executeRawUnsafe(`
      INSERT INTO articles (id, title, slug, body, body_text, status, published_at, search_title, search_excerpt, search_body, title_folded, updated_at)
      SELECT gen_random_uuid(), '${title}' || i, '${title}-' || i, '{}'::jsonb, '', 'PUBLISHED', now() - (${minutesAgo}) * interval '1 minute', '', '', '${body}', '${title}' || i, now()
      FROM generate_series(${from}, ${to}) AS i`);
    await insert('burst', '台风 登陆 记者 报道', 1, 120, '1000 + i');
    await insert('filler', '记者 报道', 1, 3000, '2000 + i');
    await insert('older', '台风 登陆', 1, 5, '9000 + i');
    await getPrisma().$executeRawUnsafe('VACUUM ANALYZE articles');
    // The newest 3,000 hold 120 matches: the 5 older ones are found too.
    const burst = await searchArticles({ q: '台风登陆', page: 1 });
    expect(burst).toMatchObject({ total: 125, isTotalCapped: false, pageCount: 13 });
    expect((await searchArticles({ q: '台风登陆', page: 13 })).items.map((item) => item.title)).toEqual(['older1', 'older2', 'older3', 'older4', 'older5']);

    await insert('wave', '台风 登陆', 1, 600, 'i');
    await getPrisma().$executeRawUnsafe('VACUUM ANALYZE articles');
    const wave = await searchArticles({ q: '台风登陆', page: 1 });
    expect(wave).toMatchObject({ total: 500, isTotalCapped: true });
    expect(wave.items.map((item) => item.title)).toEqual(Array.from({ length: 10 }, (_, at) => `wave${at + 1}`));
  });

  it('pages ten at a time with a total, and answers pages past the last with the first', async () => {
    for (let hour = 1; hour <= 23; hour += 1) await createSearchableArticle(`专利新闻 ${hour}`, '正文。', { hoursAgo: hour });
    const second = await searchArticles({ q: '专利', page: 2 });
    expect(second).toMatchObject({ total: 23, pageCount: 3, isTotalCapped: false });
    expect(second.items.map((item) => item.title)).toEqual(Array.from({ length: 10 }, (_, at) => `专利新闻 ${at + 11}`));
    expect((await searchArticles({ q: '专利', page: 3 })).items).toHaveLength(3);
    const past = await loadSearchPage({ q: '专利', page: '9' });
    expect(past.result?.page).toBe(1);
    expect(past.result?.items[0]?.title).toBe('专利新闻 1');
  });

  it('answers bad input with results or nothing, never an error', async () => {
    await createSearchableArticle('商标与专利', '正文。');
    const inputs = ['', '   ', '！？。，', "' OR 1=1; DROP TABLE articles; --", '商标 & | ! :* \' " ( )', '商标:*', '!!', '(', '\\', '%_%', 'a'.repeat(1000), '商'.repeat(1000)];
    for (const q of inputs) {
      for (const page of [undefined, '-1', '0', '1e9', 'abc', '99999999999999999999', ['2', '3']]) {
        await expect(loadSearchPage({ q, page })).resolves.toBeDefined();
      }
    }
    expect((await loadSearchPage({ q: '！？。，' })).result?.items ?? []).toEqual([]);
    expect((await loadSearchPage({ q: '商标 & | ! :* \' " ( )' })).result?.items.map((item) => item.title)).toEqual(['商标与专利']);
    expect((await loadSearchPage({ q: "商标' OR 1=1 --" })).result?.items).toEqual([]);
    expect(await getPrisma().article.count()).toBe(1);
  });
});
