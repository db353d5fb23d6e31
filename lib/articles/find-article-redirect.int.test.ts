import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { resetDatabase } from '@/lib/db/test-database';
import { findArticleRedirect } from './find-article-redirect';

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文。' }] }] };

async function createArticleInState(slug: string, status: ArticleStatus, options: { isTrashed?: boolean } = {}) {
  return getPrisma().article.create({
    data: { title: `标题 ${slug}`, slug, body: doc, bodyText: '正文。', status, deletedAt: options.isTrashed ? new Date() : null },
  });
}

async function addRedirect(slug: string, articleId: string) {
  await getPrisma().articleSlugRedirect.create({ data: { slug, articleId } });
}

describe('findArticleRedirect', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('gives the current slug for an old slug of a published or archived article', async () => {
    const published = await createArticleInState('xin-biao-ti', 'PUBLISHED');
    await addRedirect('jiu-biao-ti', published.id);
    await addRedirect('geng-jiu-de', published.id);
    const archived = await createArticleInState('gui-dang', 'ARCHIVED');
    await addRedirect('gui-dang-jiu', archived.id);

    expect(await findArticleRedirect('jiu-biao-ti')).toBe('xin-biao-ti');
    expect(await findArticleRedirect('geng-jiu-de')).toBe('xin-biao-ti');
    expect(await findArticleRedirect('gui-dang-jiu')).toBe('gui-dang');
  });

  it('gives nothing for unknown slugs and for articles readers cannot see', async () => {
    const draft = await createArticleInState('cao-gao', 'DRAFT');
    await addRedirect('cao-gao-jiu', draft.id);
    const scheduled = await createArticleInState('ding-shi', 'SCHEDULED');
    await addRedirect('ding-shi-jiu', scheduled.id);
    const trashed = await createArticleInState('hui-shou', 'PUBLISHED', { isTrashed: true });
    await addRedirect('hui-shou-jiu', trashed.id);
    const looping = await createArticleInState('zi-ji', 'PUBLISHED');
    await addRedirect('zi-ji', looping.id);

    for (const slug of ['wei-zhi', 'cao-gao-jiu', 'ding-shi-jiu', 'hui-shou-jiu', 'zi-ji']) {
      expect(await findArticleRedirect(slug), slug).toBeNull();
    }
  });
});
