import { describe, expect, it } from 'vitest';
import { toIsoDate } from './to-iso-date';

describe('toIsoDate', () => {
  it.each([
    ['Wed, 10 Jul 2024 07:30:00 +0800', '2024-07-10T07:30:00+08:00'],
    ['Thu, 11 Jul 2024 18:05:00 GMT', '2024-07-11T18:05:00Z'],
    ['1 Aug 24 9:05 -0500', '2024-08-01T09:05:00-05:00'],
    ['Sat, 3 Feb 1996 23:59 CST', '1996-02-03T23:59:00'],
    ['Mon, 01 September 2025 10:00:00 +0000', '2025-09-01T10:00:00+00:00'],
    ['2024-07-31T09:15:00+08:00', '2024-07-31T09:15:00+08:00'],
    ['2024年7月31日', '2024年7月31日'],
    ['Wed, 10 Foo 2024 07:30:00 +0800', 'Wed, 10 Foo 2024 07:30:00 +0800'],
    ['  ', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });
});
