import { describe, expect, it } from 'vitest';
import { formatClockTime } from './format-clock-time';

describe('formatClockTime', () => {
  it.each([
    ['2026-01-02T06:02:00.000Z', 'Asia/Shanghai', '14:02'],
    ['2026-01-02T16:05:59.000Z', 'Asia/Shanghai', '00:05'],
    ['2026-07-01T12:30:00.000Z', 'Europe/Berlin', '14:30'],
  ])('%s in %s is %s', (iso, zone, expected) => {
    expect(formatClockTime(iso, zone)).toBe(expected);
    expect(formatClockTime(new Date(iso), zone)).toBe(expected);
  });
});
