import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { loadSiteFeed } from './load-site-feed';
import { loadTopicFeed } from './load-topic-feed';

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function createPublished(slug: string, publishedAt: Date, contentUpdatedAt: Date | null, tagId: string) {
  const article = await getPrisma().article.create({
    data: { title: slug, slug, body: body(`${slug}正文`), status: 'PUBLISHED', publishedAt, contentUpdatedAt },
  });
  await getPrisma().articleTag.create({ data: { articleId: article.id, tagId, position: 0 } });
  return article;
}

describe('feed loaders', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('give each article its content’s last change, and bodies only for full content', async () => {
    const tag = await getPrisma().tag.create({ data: { name: '湖北', slug: 'hu-bei' } });
    const edited = new Date('2026-11-21T08:00:00.000Z');
    await createPublished('old', new Date('2026-11-19T10:00:00.000Z'), edited, tag.id);
    await createPublished('new', new Date('2026-11-20T10:00:00.000Z'), null, tag.id);

    const summary = await loadTopicFeed('hu-bei');
    expect(summary?.topic.name).toBe('湖北');
    expect(summary?.articles.map((article) => [article.slug, article.contentUpdatedAt, article.body])).toEqual([['new', null, null], ['old', edited, null]]);
    const full = await loadTopicFeed('hu-bei', 'full');
    expect(full?.articles.map((article) => article.body)).toEqual([body('new正文'), body('old正文')]);
    expect(await loadTopicFeed('no-such-topic')).toBeNull();

    expect((await loadSiteFeed('summary')).map((article) => [article.slug, article.contentUpdatedAt, article.body])).toEqual([['new', null, null], ['old', edited, null]]);
    expect((await loadSiteFeed('full')).map((article) => article.body)).toEqual([body('new正文'), body('old正文')]);
  });
});
