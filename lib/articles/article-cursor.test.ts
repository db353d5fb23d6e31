import { describe, expect, it } from 'vitest';
import { decodeArticleCursor, encodeArticleCursor } from './article-cursor';

const id = '0b9d6a3e-5c1f-4e2a-9d8b-7f6e5d4c3b2a';

describe('article cursor', () => {
  it('round-trips the publication time to the millisecond and the id', () => {
    const publishedAt = new Date('2026-11-21T08:30:15.123Z');
    const encoded = encodeArticleCursor({ publishedAt, id });
    expect(encoded).toBe(`${publishedAt.getTime()}.${id}`);
    expect(decodeArticleCursor(encoded)).toEqual({ publishedAt, id });
  });

  it('writes upper-case ids in lower case so one article has one cursor', () => {
    expect(encodeArticleCursor({ publishedAt: new Date(0), id: id.toUpperCase() })).toBe(`0.${id}`);
  });

  it.each([
    ['missing', undefined],
    ['an array (a repeated query parameter)', ['1.x', '2.y']],
    ['empty', ''],
    ['garbage', 'hello'],
    ['no id', '1700000000000'],
    ['no time', `.${id}`],
    ['a negative time', `-5.${id}`],
    ['a fractional time', `1.5.${id}`],
    ['a leading zero', `01.${id}`],
    ['beyond the last date', `8640000000000001.${id}`],
    ['a huge number', `99999999999999999999.${id}`],
    ['not a uuid', '1700000000000.not-a-uuid'],
    ['upper-case hex', `1700000000000.${id.toUpperCase()}`],
    ['trailing junk', `1700000000000.${id}x`],
    ['SQL', `1700000000000.${id}' OR '1'='1`],
  ])('rejects %s', (_case, value) => {
    expect(decodeArticleCursor(value)).toBeNull();
  });

  it('accepts the last representable date', () => {
    expect(decodeArticleCursor(`8640000000000000.${id}`)?.publishedAt.getTime()).toBe(8.64e15);
  });
});
