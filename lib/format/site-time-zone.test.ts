import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSiteTimeZone } from './site-time-zone';

describe('getSiteTimeZone', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is Asia/Shanghai unless configured', () => {
    vi.stubEnv('INKSTONE_TIME_ZONE', '');
    expect(getSiteTimeZone()).toBe('Asia/Shanghai');
  });

  it('takes INKSTONE_TIME_ZONE', () => {
    vi.stubEnv('INKSTONE_TIME_ZONE', 'America/New_York');
    expect(getSiteTimeZone()).toBe('America/New_York');
  });

  it('names the variable when the zone does not exist', () => {
    vi.stubEnv('INKSTONE_TIME_ZONE', 'Asia/Atlantis');
    expect(() => getSiteTimeZone()).toThrow(/INKSTONE_TIME_ZONE.*Asia\/Atlantis/);
  });
});
