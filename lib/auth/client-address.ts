import { isIPv4, isIPv6 } from 'node:net';

/** The address key of requests whose origin can't be trusted; they all share one limit. */
export const unknownAddress = 'unknown';

function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed?.[1]) return bracketed[1];
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return ipv4WithPort?.[1] ?? entry;
}

function expandIpv6(address: string): string[] {
  let text = address.toLowerCase();
  const ipv4Tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)?.[1];
  if (ipv4Tail) {
    const [a = 0, b = 0, c = 0, d = 0] = ipv4Tail.split('.').map(Number);
    text = `${text.slice(0, -ipv4Tail.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => group.padStart(4, '0'));
}

/** One key per client: an IPv4 address as is (also when IPv4-mapped), an IPv6 address by its /64. */
function addressKey(entry: string): string {
  const address = stripPort(entry.trim());
  if (isIPv4(address)) return address;
  if (!isIPv6(address.split('%')[0] ?? '')) return unknownAddress;
  const groups = expandIpv6(address.split('%')[0] ?? '');
  if (groups.slice(0, 6).join(':') === '0000:0000:0000:0000:0000:ffff') {
    const [high = 0, low = 0] = groups.slice(6).map((group) => Number.parseInt(group, 16));
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function headerValue(headers: Headers | Record<string, unknown>, name: string): string {
  if (headers instanceof Headers) return headers.get(name) ?? '';
  const value = headers[name];
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(',');
  return typeof value === 'string' ? value : '';
}

/**
 * The client address to rate-limit sign-ins by. `next start` fills X-Forwarded-For from the socket
 * only when the request has none, so without a trusted proxy a client can write any address there:
 * then every request counts as one unknown address. With `trustedProxies` proxies each appending
 * the address they saw, the client is the entry that many places from the right.
 */
export function clientAddress(headers: Headers | Record<string, unknown>, trustedProxies: number): string {
  if (trustedProxies < 1) return unknownAddress;
  const entries = headerValue(headers, 'x-forwarded-for')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[entries.length - trustedProxies];
  return entry ? addressKey(entry) : unknownAddress;
}
