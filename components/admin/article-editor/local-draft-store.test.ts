import { describe, expect, it } from 'vitest';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import {
  decideLocalDraftRecovery,
  localDraftKey,
  parseLocalDraft,
  readLocalDraft,
  removeLocalDraft,
  serialiseLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from './local-draft-store';

const fields: ArticleFormFields = {
  title: '湖北：砥砺奋进',
  slug: '',
  excerpt: '',
  excerptAuto: true,
  sourceName: '新华社',
  sourceUrl: 'https://example.com/a',
  byline: '记者 张三',
  datelinePlace: '武汉',
  originalPublishedAt: '2026-01-02',
  tags: '湖北, 经济',
  seoTitle: '',
  seoDescription: '',
  needsReview: false,
  script: 'HANS',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文第一段。' }] }] },
};
const draft: LocalDraft = { baseVersion: 3, fields: { ...fields, title: '湖北：砥砺奋进新征程' }, changedAt: '2026-01-02T06:02:00.000Z' };

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('local draft store', () => {
  it('round-trips a copy through its serialised form', () => {
    expect(parseLocalDraft(serialiseLocalDraft(draft))).toEqual(draft);
  });

  it('ignores missing, malformed and foreign copies', () => {
    expect(parseLocalDraft(null)).toBeNull();
    expect(parseLocalDraft('{not json')).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ baseVersion: 3, fields: { title: 'x' }, changedAt: 'now' }))).toBeNull();
    const unknownNode = { ...draft, fields: { ...draft.fields, body: { type: 'doc', content: [{ type: 'iframe' }] } } };
    expect(parseLocalDraft(JSON.stringify(unknownNode))).toBeNull();
  });

  it('stores the copy under the article key and removes it', () => {
    const storage = memoryStorage();
    expect(writeLocalDraft(storage, 'a1', draft)).toBe(true);
    expect([...storage.items.keys()]).toEqual([localDraftKey('a1')]);
    expect(localDraftKey('a1')).toBe('inkstone:article-draft:a1');
    expect(readLocalDraft(storage, 'a1')).toEqual(draft);
    removeLocalDraft(storage, 'a1');
    expect(readLocalDraft(storage, 'a1')).toBeNull();
  });

  it('reports a full or disabled storage instead of throwing', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } };
    expect(writeLocalDraft(broken, 'a1', draft)).toBe(false);
    expect(readLocalDraft(broken, 'a1')).toBeNull();
    expect(() => removeLocalDraft(broken, 'a1')).not.toThrow();
  });
});

describe('decideLocalDraftRecovery', () => {
  it.each([
    ['no copy', null, 3, 'none'],
    ['a copy equal to the server state', { ...draft, fields }, 3, 'discard'],
    ['an equal copy made on an older version', { ...draft, baseVersion: 1, fields }, 3, 'discard'],
    ['a different copy on the current version', draft, 3, 'restore'],
    ['a different copy on an older version', draft, 4, 'conflict'],
  ] as const)('%s → %s', (_name, local, version, expected) => {
    expect(decideLocalDraftRecovery(local, { version, fields })).toBe(expected);
  });

  it('treats key order and empty attributes as the same state', () => {
    const reordered = { ...fields, body: { content: [{ content: [{ text: '正文第一段。', type: 'text' }], type: 'paragraph', attrs: { textAlign: null } }], type: 'doc' } } as ArticleFormFields;
    expect(decideLocalDraftRecovery({ ...draft, fields: reordered }, { version: 3, fields })).toBe('discard');
  });
});
