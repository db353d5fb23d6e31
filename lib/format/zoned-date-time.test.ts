import { describe, expect, it } from 'vitest';
import { formatZonedDateTime, parseZonedDateTime } from './zoned-date-time';

describe('parseZonedDateTime', () => {
  it.each([
    // Shanghai has no daylight saving: always UTC+8.
    ['2026-01-15T09:30', 'Asia/Shanghai', '2026-01-15T01:30:00.000Z'],
    ['2026-07-01T00:00', 'Asia/Shanghai', '2026-06-30T16:00:00.000Z'],
    ['2024-02-29T23:59', 'Asia/Shanghai', '2024-02-29T15:59:00.000Z'],
    // New York: EST (UTC-5) in winter, EDT (UTC-4) in summer.
    ['2026-01-15T09:30', 'America/New_York', '2026-01-15T14:30:00.000Z'],
    ['2026-07-15T09:30', 'America/New_York', '2026-07-15T13:30:00.000Z'],
    // Spring forward on 2026-03-08: 01:59 EST is followed by 03:00 EDT.
    ['2026-03-08T01:59', 'America/New_York', '2026-03-08T06:59:00.000Z'],
    ['2026-03-08T03:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    // 02:30 does not exist that night: it moves forward by the jump, to 03:30 EDT.
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // Fall back on 2026-11-01: 01:30 happens twice; the first (EDT) is meant.
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01T02:00', 'America/New_York', '2026-11-01T07:00:00.000Z'],
    ['2026-11-01T00:59', 'America/New_York', '2026-11-01T04:59:00.000Z'],
    ['2026-03-01T12:00', 'UTC', '2026-03-01T12:00:00.000Z'],
  ])('%s in %s is %s', (local, timeZone, iso) => {
    expect(parseZonedDateTime(local, timeZone)?.toISOString()).toBe(iso);
  });

  it.each(['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '2026-01-01T10:60', '2026-01-01 10:00', '2026-01-01T10:00:00', '26-01-01T10:00'])(
    'refuses %j',
    (local) => {
      expect(parseZonedDateTime(local, 'Asia/Shanghai')).toBeNull();
    },
  );
});

describe('formatZonedDateTime', () => {
  it.each([
    ['2026-01-15T01:30:00.000Z', 'Asia/Shanghai', '2026-01-15T09:30'],
    ['2026-06-30T16:00:00.000Z', 'Asia/Shanghai', '2026-07-01T00:00'],
    ['2026-03-08T06:59:00.000Z', 'America/New_York', '2026-03-08T01:59'],
    ['2026-03-08T07:00:00.000Z', 'America/New_York', '2026-03-08T03:00'],
    ['2026-11-01T05:30:00.000Z', 'America/New_York', '2026-11-01T01:30'],
    ['2026-11-01T06:30:00.000Z', 'America/New_York', '2026-11-01T01:30'],
    ['2026-01-01T00:00:59.999Z', 'UTC', '2026-01-01T00:00'],
  ])('%s in %s reads %s', (iso, timeZone, local) => {
    expect(formatZonedDateTime(new Date(iso), timeZone)).toBe(local);
  });

  it('round-trips every quarter hour across both New York transitions', () => {
    for (const day of ['2026-03-07', '2026-03-08', '2026-10-31', '2026-11-01']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = parseZonedDateTime(local, 'America/New_York');
        const isSkipped = day === '2026-03-08' && local.slice(11, 13) === '02';
        if (!isSkipped) expect(formatZonedDateTime(instant ?? new Date(0), 'America/New_York')).toBe(local);
      }
    }
  });
});
