import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { backfillTagNameKeys } from './backfill-tag-name-keys';

describe('backfillTagNameKeys', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('fills the keys of tags that have none and leaves existing keys alone, once', async () => {
    const prisma = getPrisma();
    await prisma.tag.createMany({
      data: [
        { name: '知識產權', slug: 'zhi-shi-chan-quan' },
        { name: 'Ｅｃｏｎｏｍｙ 经济', slug: 'economy' },
        { name: '商标', slug: 'shang-biao', nameKey: 'kept-as-is' },
      ],
    });
    expect(await backfillTagNameKeys()).toBe(2);
    const keys = await prisma.tag.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, nameKey: true } });
    expect(keys).toEqual([
      { slug: 'economy', nameKey: 'economy经济' },
      { slug: 'shang-biao', nameKey: 'kept-as-is' },
      { slug: 'zhi-shi-chan-quan', nameKey: '知识产权' },
    ]);
    expect(await backfillTagNameKeys()).toBe(0);
  });
});
