import { describe, expect, it } from 'vitest';
import { isHandOverCurrent, parseStoredPreview } from './parse-stored-preview';

const valid = {
  fields: {
    title: '标题', slug: '', excerpt: '', excerptAuto: true, sourceName: '', sourceUrl: '', byline: '', datelinePlace: '',
    originalPublishedAt: '', tags: '', seoTitle: '', seoDescription: '', needsReview: false, script: 'HANS',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] },
  },
  meta: { status: 'DRAFT', publishedAt: null, version: 3 },
  storedAt: '2026-11-21T06:00:00.000Z',
};

describe('parseStoredPreview', () => {
  it('reads back a stored hand-over', () => {
    expect(parseStoredPreview(JSON.stringify(valid))).toEqual(valid);
  });

  it.each<[string, string | null]>([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['a missing field', JSON.stringify({ ...valid, fields: { ...valid.fields, title: undefined } })],
    ['an unknown script', JSON.stringify({ ...valid, fields: { ...valid.fields, script: 'LATN' } })],
    ['a body with a script node', JSON.stringify({ ...valid, fields: { ...valid.fields, body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } } })],
    ['a javascript: link', JSON.stringify({ ...valid, fields: { ...valid.fields, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } } })],
    ['a bad time', JSON.stringify({ ...valid, storedAt: 'yesterday' })],
    ['no version', JSON.stringify({ ...valid, meta: { status: 'DRAFT', publishedAt: null } })],
    ['a fractional version', JSON.stringify({ ...valid, meta: { ...valid.meta, version: 1.5 } })],
  ])('gives null for %s', (_name, text) => {
    expect(parseStoredPreview(text)).toBeNull();
  });
});

describe('isHandOverCurrent', () => {
  const stored = parseStoredPreview(JSON.stringify(valid));

  it('is current while the saved version is the one it builds on (a lock heartbeat saves no version)', () => {
    expect(stored && isHandOverCurrent(stored, 3)).toBe(true);
  });

  it('is out of date once a later version is saved', () => {
    expect(stored && isHandOverCurrent(stored, 4)).toBe(false);
  });
});
