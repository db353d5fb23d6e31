import { describe, expect, it } from 'vitest';
import { absoluteUrl, getSiteOrigin } from './site-url';

describe('getSiteOrigin', () => {
  it('uses SITE_URL, without a trailing slash', () => {
    expect(getSiteOrigin({ SITE_URL: 'https://news.example.com/', NEXTAUTH_URL: 'http://admin.example.com' })).toBe('https://news.example.com');
    expect(getSiteOrigin({ SITE_URL: 'http://127.0.0.1:3100' })).toBe('http://127.0.0.1:3100');
  });

  it('falls back to the origin of NEXTAUTH_URL, then to localhost', () => {
    expect(getSiteOrigin({ NEXTAUTH_URL: 'https://cms.example.com/api/auth' })).toBe('https://cms.example.com');
    expect(getSiteOrigin({ NEXTAUTH_URL: 'not a url' })).toBe('http://localhost:3000');
    expect(getSiteOrigin({ SITE_URL: '  ' })).toBe('http://localhost:3000');
    expect(getSiteOrigin({})).toBe('http://localhost:3000');
  });

  it.each(['news.example.com', 'ftp://news.example.com', 'https://news.example.com/zh', 'https://news.example.com/?a=1', 'javascript:alert(1)', 'https://u:p@news.example.com'])(
    'refuses SITE_URL %s',
    (value) => {
      expect(() => getSiteOrigin({ SITE_URL: value })).toThrow(/SITE_URL/);
    },
  );
});

describe('absoluteUrl', () => {
  it('joins a path to the site origin', () => {
    expect(absoluteUrl('/topics/zhi-shi?before=1.x', { SITE_URL: 'https://news.example.com' })).toBe('https://news.example.com/topics/zhi-shi?before=1.x');
  });
});
