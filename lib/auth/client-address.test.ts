import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('trusts no header without a proxy: a client-sent X-Forwarded-For picks no fresh address', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' }, 0)).toBe('unknown');
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.1' }, 0)).toBe('unknown');
    expect(clientAddress({}, 0)).toBe('unknown');
  });

  it.each([
    ['the one address a proxy set', '203.0.113.7', 1, '203.0.113.7'],
    ['the entry the proxy appended, not what the client sent before it', '1.1.1.1, 2.2.2.2, 203.0.113.7', 1, '203.0.113.7'],
    ['the entry two proxies from the right', '1.1.1.1, 203.0.113.7, 10.0.0.2', 2, '203.0.113.7'],
    ['an address with a port', '203.0.113.7:51234', 1, '203.0.113.7'],
    ['an IPv4-mapped IPv6 address', '::ffff:203.0.113.7', 1, '203.0.113.7'],
    ['an IPv6 address by its /64', '2001:db8:aa:bb:1:2:3:4', 1, '2001:0db8:00aa:00bb::/64'],
    ['a compressed IPv6 address in brackets with a port', '[2001:db8::1]:443', 1, '2001:0db8:0000:0000::/64'],
    ['another host of the same /64', '2001:db8:0:0:ffff:ffff:ffff:ffff', 1, '2001:0db8:0000:0000::/64'],
    ['a header shorter than the proxy chain', '203.0.113.7', 2, 'unknown'],
    ['no header behind a proxy', '', 1, 'unknown'],
    ['garbage', 'not-an-address', 1, 'unknown'],
  ])('takes %s', (_case, header, proxies, expected) => {
    expect(clientAddress({ 'x-forwarded-for': header }, proxies)).toBe(expected);
  });

  it('reads a Headers object and repeated headers alike', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), 1)).toBe('203.0.113.7');
    expect(clientAddress({ 'x-forwarded-for': ['1.1.1.1', '203.0.113.7'] }, 1)).toBe('203.0.113.7');
  });
});
