import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './is-same-origin';

const request = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/import/batches/x/files', { method: 'POST', headers });

describe('isSameOrigin', () => {
  it.each([
    ['the page of the host it was sent to', { origin: 'http://inkstone.example', host: 'inkstone.example' }, true],
    ['the public host behind a proxy', { origin: 'https://news.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'news.example' }, true],
    ['no Host header: the request URL', { origin: 'http://127.0.0.1:3000' }, true],
    ['another site', { origin: 'https://evil.example', host: 'inkstone.example' }, false],
    ['a look-alike suffix', { origin: 'http://inkstone.example.evil.example', host: 'inkstone.example' }, false],
    ['another port', { origin: 'http://inkstone.example:8080', host: 'inkstone.example' }, false],
    ['a sandboxed page (Origin: null)', { origin: 'null', host: 'inkstone.example' }, false],
    ['no Origin at all', { host: 'inkstone.example' }, false],
    ['a malformed Origin', { origin: 'not a url', host: 'inkstone.example' }, false],
  ])('%s → %s', (_case, headers, expected) => {
    expect(isSameOrigin(request(headers))).toBe(expected);
  });
});
