import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { findTopicRedirect } from './find-topic-redirect';
import { getTopic } from './get-topic';

describe('findTopicRedirect', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('gives the current slug of the tag that had an old or merged-away slug', async () => {
    await getPrisma().tag.create({
      data: { name: '知识产权', slug: 'zhi-shi-chan-quan', slugRedirects: { create: [{ slug: 'zhishichanquan' }, { slug: 'zhi-chan' }] } },
    });
    expect(await findTopicRedirect('zhishichanquan')).toBe('zhi-shi-chan-quan');
    expect(await findTopicRedirect('zhi-chan')).toBe('zhi-shi-chan-quan');
  });

  it('is null for an unknown slug, a current slug and a redirect pointing at itself', async () => {
    await getPrisma().tag.create({ data: { name: '湖北', slug: 'hu-bei', slugRedirects: { create: { slug: 'hu-bei' } } } });
    expect(await findTopicRedirect('wu-han')).toBeNull();
    expect(await findTopicRedirect('hu-bei')).toBeNull();
  });
});

describe('getTopic', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('includes the parent and the children in name order', async () => {
    const prisma = getPrisma();
    const parent = await prisma.tag.create({ data: { name: '知识产权', slug: 'zhi-shi-chan-quan' } });
    const patent = await prisma.tag.create({ data: { name: '专利', slug: 'zhuan-li', parentId: parent.id } });
    await prisma.tag.create({ data: { name: '商标', slug: 'shang-biao', parentId: parent.id } });
    await prisma.tag.create({ data: { name: '发明专利', slug: 'fa-ming-zhuan-li', parentId: patent.id } });
    expect(await getTopic('zhuan-li')).toMatchObject({
      name: '专利',
      parent: { name: '知识产权', slug: 'zhi-shi-chan-quan' },
      children: [{ name: '发明专利', slug: 'fa-ming-zhuan-li' }],
    });
    const top = await getTopic('zhi-shi-chan-quan');
    expect(top?.parent).toBeNull();
    expect(top?.children.map((child) => child.slug).sort()).toEqual(['shang-biao', 'zhuan-li']);
  });
});
