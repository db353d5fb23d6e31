import { describe, expect, it } from 'vitest';
import { parseServeOptions } from './serve-options';

describe('parseServeOptions', () => {
  it('defaults to port 3000 on all interfaces with an embedded database', () => {
    expect(parseServeOptions({})).toEqual({ ok: true, options: { PORT: 3000, HOSTNAME: '0.0.0.0' } });
  });

  it('honours PORT, HOSTNAME, DATABASE_URL and the admin account', () => {
    const result = parseServeOptions({
      PORT: '8080', HOSTNAME: '127.0.0.1', DATABASE_URL: 'postgresql://u:p@db:5432/ink',
      ADMIN_EMAIL: 'chief@example.com', ADMIN_PASSWORD: 'long enough',
    });
    expect(result).toEqual({
      ok: true,
      options: { PORT: 8080, HOSTNAME: '127.0.0.1', DATABASE_URL: 'postgresql://u:p@db:5432/ink', ADMIN_EMAIL: 'chief@example.com', ADMIN_PASSWORD: 'long enough' },
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ADMIN_EMAIL: 'not-an-email' }, 'ADMIN_EMAIL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ IMAGE_MAX_MB: 'ten' }, 'IMAGE_MAX_MB'],
    [{ INKSTONE_TIME_ZONE: 'Asia/Atlantis' }, 'INKSTONE_TIME_ZONE'],
    [{ SITE_URL: 'https://news.example.com/zh' }, 'SITE_URL'],
    [{ SITE_URL: 'ftp://news.example.com' }, 'SITE_URL'],
    [{ FEED_CONTENT: 'everything' }, 'FEED_CONTENT'],
    [{ MALLOC_ARENA_MAX: 'two' }, 'MALLOC_ARENA_MAX'],
    [{ MALLOC_ARENA_MAX: '0' }, 'MALLOC_ARENA_MAX'],
  ])('rejects %o with a message naming %s', (env, name) => {
    const result = parseServeOptions(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(name)).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(parseServeOptions({ PORT: '', DATABASE_URL: '' })).toEqual({ ok: true, options: { PORT: 3000, HOSTNAME: '0.0.0.0' } });
  });
});
