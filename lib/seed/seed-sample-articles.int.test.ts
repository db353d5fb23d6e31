import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { getTopic } from '@/lib/tags/get-topic';
import { seedOnce } from './seed-once';
import { seedSampleArticles } from './seed-sample-articles';

describe('sample content seeding', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('publishes both samples, tagged, and creates nothing new on a second run', async () => {
    const first = await seedSampleArticles(null);
    expect(first.map((outcome) => outcome.created)).toEqual([true, true]);
    const second = await seedSampleArticles(null);
    expect(second.map((outcome) => outcome.created)).toEqual([false, false]);
    expect(second.map((outcome) => outcome.slug)).toEqual(first.map((outcome) => outcome.slug));

    const articles = await getPrisma().article.findMany({ orderBy: { title: 'asc' } });
    expect(articles).toHaveLength(2);
    expect(articles.every((article) => article.status === 'PUBLISHED' && article.publishedAt !== null)).toBe(true);
    expect(articles.every((article) => article.script === 'HANT')).toBe(true);
    expect(articles.map((article) => article.bodyText).join('')).not.toMatch(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/);

    const topic = await getTopic('zhi-shi-chan-quan');
    expect(topic?.name).toBe('知识产权');
    expect(topic?.articles).toHaveLength(2);
  });

  it('seeds on the first start only, so deleted samples stay deleted', async () => {
    expect(await seedOnce(null)).toHaveLength(2);
    await getPrisma().article.deleteMany();
    expect(await seedOnce(null)).toBeNull();
    expect(await getPrisma().article.count()).toBe(0);
  });
});
