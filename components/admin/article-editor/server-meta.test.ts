import { describe, expect, it } from 'vitest';
import type { SaveArticleResult } from '@/lib/articles/save-article';
import { isAutosaved, isPublic, metaAfterSave, type ServerMeta } from './server-meta';

const draft: ServerMeta = {
  version: 3,
  status: 'DRAFT',
  slug: 'cao-gao',
  slugAuto: true,
  hasBeenPublished: false,
  publishedAt: null,
  scheduledAt: null,
  scheduledAtLocal: '',
  deletedAt: null,
};

function result(overrides: Partial<SaveArticleResult>): SaveArticleResult {
  return {
    version: 4,
    status: 'DRAFT',
    slug: 'cao-gao',
    slugAuto: true,
    excerpt: '',
    savedAt: '2026-01-02T06:02:00.000Z',
    publishedAt: null,
    scheduledAt: null,
    invalidation: { slugs: [], tagSlugs: [] },
    ...overrides,
  };
}

describe('metaAfterSave', () => {
  it('takes the new version, status and slug, and shows a schedule in the site time zone', () => {
    const scheduled = metaAfterSave(draft, result({ status: 'SCHEDULED', scheduledAt: '2026-01-03T01:30:00.000Z' }), 'Asia/Shanghai');
    expect(scheduled).toMatchObject({ version: 4, status: 'SCHEDULED', scheduledAtLocal: '2026-01-03T09:30', hasBeenPublished: false });
  });

  it('remembers that the article has been published, also after it is unpublished', () => {
    const published = metaAfterSave(draft, result({ status: 'PUBLISHED', slugAuto: false, publishedAt: '2026-01-02T06:02:00.000Z' }), 'Asia/Shanghai');
    expect(published).toMatchObject({ status: 'PUBLISHED', slugAuto: false, hasBeenPublished: true });
    expect(metaAfterSave(published, result({ version: 5, slugAuto: false, publishedAt: '2026-01-02T06:02:00.000Z' }), 'Asia/Shanghai').hasBeenPublished).toBe(true);
  });
});

describe('isPublic and isAutosaved', () => {
  it.each([
    ['DRAFT', null, false, true],
    ['SCHEDULED', null, false, true],
    ['PUBLISHED', null, true, false],
    ['ARCHIVED', null, true, false],
    ['PUBLISHED', '2026-01-02T06:02:00.000Z', false, false],
  ] as const)('%s (trashed at %s): public %s, autosaved %s', (status, deletedAt, expectedPublic, expectedAutosaved) => {
    expect(isPublic({ ...draft, status, deletedAt })).toBe(expectedPublic);
    expect(isAutosaved(status)).toBe(expectedAutosaved);
  });
});
