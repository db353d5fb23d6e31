import { beforeEach, describe, expect, it } from 'vitest';
import { createMediaTestUser, encodeTestImage, resetMediaTestDatabase } from '@/lib/media/media-test-fixtures';
import { storeMedia } from '@/lib/media/store-media';
import { GET } from './route';

function get(file: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/uploads/${encodeURIComponent(file)}`, { headers }), { params: Promise.resolve({ file }) });
}

async function storeGif() {
  const user = await createMediaTestUser('EDITOR');
  const bytes = await encodeTestImage('gif', 5, 4);
  return { bytes, stored: await storeMedia({ actorId: user.id, bytes, fileName: 'a.gif' }) };
}

describe('GET /uploads/<id>.<ext>', () => {
  beforeEach(resetMediaTestDatabase);

  it('serves the stored bytes with their type, locked down and cacheable for good', async () => {
    const { bytes, stored } = await storeGif();
    const response = await get(`${stored.id}.gif`);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/gif',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'public, max-age=31536000, immutable',
      'content-length': String(bytes.byteLength),
      'content-disposition': `inline; filename="${stored.id}.gif"`,
    });
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it('answers 304 to a request carrying the current ETag', async () => {
    const { stored } = await storeGif();
    const etag = (await get(`${stored.id}.gif`)).headers.get('etag') ?? '';
    const response = await get(`${stored.id}.gif`, { 'if-none-match': `W/"other", ${etag}` });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['the wrong extension', (id: string) => `${id}.png`],
    ['an extension the app never serves', (id: string) => `${id}.svg`],
    ['an unknown id', () => '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b.gif'],
    ['a malformed name', (id: string) => `${id}.gif.html`],
    ['a path', (id: string) => `..%2F${id}.gif`],
  ])('answers 404 for %s', async (_name, fileFor) => {
    const { stored } = await storeGif();
    const response = await get(fileFor(stored.id));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });
});
