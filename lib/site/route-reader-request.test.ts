import { describe, expect, it } from 'vitest';
import { routeReaderRequest } from './route-reader-request';

const route = (url: string, remembered?: string) => {
  const parsed = new URL(url, 'http://site');
  return routeReaderRequest(parsed.pathname, parsed.searchParams, remembered);
};

describe('routeReaderRequest', () => {
  it('renders Simplified pages under /zh-hans and the variants under their prefix', () => {
    expect(route('/')).toEqual({ type: 'rewrite', path: '/zh-hans' });
    expect(route('/articles/a-b')).toEqual({ type: 'rewrite', path: '/zh-hans/articles/a-b' });
    expect(route('/zh-tw')).toEqual({ type: 'rewrite', path: '/zh-tw' });
    expect(route('/zh-hk/articles/a-b')).toEqual({ type: 'rewrite', path: '/zh-hk/articles/a-b' });
    expect(route('/zh-tw/topics/x/')).toEqual({ type: 'rewrite', path: '/zh-tw/topics/x' });
  });

  it('turns list pages\' query strings into path segments and drops other queries', () => {
    expect(route('/?before=1.a')).toEqual({ type: 'rewrite', path: '/zh-hans/latest/1.a' });
    expect(route('/zh-tw/topics/x?before=1.a&utm_source=y')).toEqual({ type: 'rewrite', path: '/zh-tw/topics/x/1.a' });
    expect(route('/topics?page=3')).toEqual({ type: 'rewrite', path: '/zh-hans/topic-index/3' });
    expect(route('/topics?page=1')).toEqual({ type: 'rewrite', path: '/zh-hans/topics' });
    expect(route('/articles/a?utm_source=y')).toEqual({ type: 'rewrite', path: '/zh-hans/articles/a' });
    expect(route('/search?q=%E7%9F%A5&page=2')).toEqual({ type: 'rewrite', path: '/zh-hans/search?q=%E7%9F%A5&page=2' });
  });

  it('answers repeated or empty list parameters and unknown shapes with the 404 page', () => {
    expect(route('/?before=1&before=2')).toEqual({ type: 'rewrite', path: '/zh-hans/not-found/' });
    expect(route('/topics/x?before=')).toEqual({ type: 'rewrite', path: '/zh-hans/not-found/topics/x' });
    // The internal list paths are not reachable from outside.
    expect(route('/latest/1.a')).toEqual({ type: 'rewrite', path: '/zh-hans/not-found/latest/1.a' });
    expect(route('/topics/x/1-a')).toEqual({ type: 'rewrite', path: '/zh-hans/not-found/topics/x/1-a' });
    expect(route('/zh-hans/latest/1.a')).toEqual({ type: 'redirect', location: '/latest/1.a', permanent: true });
    expect(route('/zh-tw/latest/1.a')).toEqual({ type: 'rewrite', path: '/zh-tw/not-found/latest/1.a' });
    expect(route('/topic-index/2')).toEqual({ type: 'rewrite', path: '/zh-hans/not-found/topic-index/2' });
    expect(route('/zh-xx/articles/a')).toEqual({ type: 'rewrite', path: '/zh-hans/not-found/zh-xx/articles/a' });
  });

  it('sends /zh-hans URLs to the unprefixed ones for good', () => {
    expect(route('/zh-hans/articles/a?x=1')).toEqual({ type: 'redirect', location: '/articles/a?x=1', permanent: true });
    expect(route('/zh-hans')).toEqual({ type: 'redirect', location: '/', permanent: true });
  });

  it('follows a remembered Traditional variant from unprefixed URLs only', () => {
    expect(route('/topics/x?before=1.a', 'zh-tw')).toEqual({ type: 'redirect', location: '/zh-tw/topics/x?before=1.a', permanent: false });
    expect(route('/', 'zh-hk')).toEqual({ type: 'redirect', location: '/zh-hk', permanent: false });
    expect(route('/zh-hk/articles/a', 'zh-tw')).toEqual({ type: 'rewrite', path: '/zh-hk/articles/a' });
    expect(route('/articles/a', 'zh-hans')).toEqual({ type: 'rewrite', path: '/zh-hans/articles/a' });
    expect(route('/articles/a', 'garbage')).toEqual({ type: 'rewrite', path: '/zh-hans/articles/a' });
  });

  it('leaves files alone', () => {
    expect(route('/feed.xml')).toEqual({ type: 'pass' });
    expect(route('/topics/x/atom.xml')).toEqual({ type: 'pass' });
  });
});
