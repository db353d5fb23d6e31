import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testSessionCookie, useTestSessionSecret } from '@/lib/auth/test-session-cookie';
import { countMedia, createMediaTestUser, encodeTestImage, resetMediaTestDatabase } from '@/lib/media/media-test-fixtures';
import { GET } from '../../../uploads/[file]/route';
import { POST } from './route';

const site = 'http://inkstone.test';
const page = '<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>';
const text = (value: string) => new TextEncoder().encode(value);
const saved = { limit: process.env.IMAGE_MAX_MB };

function upload(body: Uint8Array | ReadableStream<Uint8Array>, headers: Record<string, string>): Promise<Response> {
  const request = new Request(`${site}/api/uploads/images`, {
    method: 'POST',
    headers: { origin: site, 'x-file-name': encodeURIComponent('现场照片.png'), ...headers },
    body: body as BodyInit,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return POST(request);
}

describe('POST /api/uploads/images', () => {
  let cookie: string;

  useTestSessionSecret();
  beforeEach(async () => {
    await resetMediaTestDatabase();
    cookie = await testSessionCookie({ ...(await createMediaTestUser('EDITOR')), role: 'EDITOR' });
  });
  afterEach(() => {
    if (saved.limit === undefined) delete process.env.IMAGE_MAX_MB;
    else process.env.IMAGE_MAX_MB = saved.limit;
  });

  it('stores a PNG and answers where it is served and its size', async () => {
    const bytes = await encodeTestImage('png', 30, 20);
    const response = await upload(bytes, { cookie });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { src: string; width: number; height: number };
    expect(answer).toEqual({ src: expect.stringMatching(/^\/uploads\/[0-9a-f-]{36}\.png$/), width: 30, height: 20 });
    const file = answer.src.slice('/uploads/'.length);
    const served = await GET(new Request(`${site}${answer.src}`), { params: Promise.resolve({ file }) });
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
  });

  it('answers the same source for the same bytes uploaded twice', async () => {
    const bytes = await encodeTestImage('webp', 4, 4);
    const first = (await (await upload(bytes, { cookie })).json()) as { src: string };
    const second = (await (await upload(bytes, { cookie, 'x-file-name': 'again.webp' })).json()) as { src: string };
    expect(second.src).toBe(first.src);
    expect(await countMedia()).toBe(1);
  });

  it.each([
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['an SVG with a script', text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an HTML page named .png', text(page)],
    ['a JPEG header followed by HTML', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, ...text(page)])],
    ['a GIF header followed by HTML', text(`GIF89a${page}`)],
    ['a text file named .png', text('这不是图片')],
    ['an empty body', new Uint8Array()],
  ])('answers 415 unsupportedType to %s and stores nothing', async (_name, bytes) => {
    const response = await upload(bytes, { cookie, 'content-type': 'image/png', 'x-file-name': 'photo.png' });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupportedType' });
    expect(await countMedia()).toBe(0);
  });

  it('serves a real image carrying HTML after its end as an inert image under a random name', async () => {
    const image = await encodeTestImage('png', 6, 6);
    const polyglot = Uint8Array.from([...image, ...text(page)]);
    const response = await upload(polyglot, { cookie, 'content-type': 'text/html', 'x-file-name': encodeURIComponent('../../page.html') });
    expect(response.status).toBe(200);
    const { src } = (await response.json()) as { src: string };
    const file = src.slice('/uploads/'.length);
    expect(file).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/);
    const served = await GET(new Request(`${site}${src}`), { params: Promise.resolve({ file }) });
    expect(Object.fromEntries(served.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': `inline; filename="${file}"`,
    });
  });

  it('answers 413 tooLarge to an image over IMAGE_MAX_MB, declared or streamed', async () => {
    process.env.IMAGE_MAX_MB = '0.001'; // 1,048 bytes
    const bytes = await encodeTestImage('png', 400, 400, '#000');
    const noisy = new Uint8Array(2048);
    noisy.set(bytes);
    const declared = await upload(noisy, { cookie, 'content-length': String(noisy.byteLength) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: 'tooLarge' });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(noisy.subarray(0, 1000));
        controller.enqueue(noisy.subarray(1000));
        controller.close();
      },
    });
    const streamed = await upload(stream, { cookie });
    expect(streamed.status).toBe(413);
    expect(await countMedia()).toBe(0);
  });

  it('refuses anonymous visitors, other sites and a broken IMAGE_MAX_MB', async () => {
    const bytes = await encodeTestImage('gif', 2, 2);
    expect((await upload(bytes, {})).status).toBe(401);
    for (const origin of ['https://evil.example', 'null']) {
      const response = await upload(bytes, { cookie, origin });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'crossOrigin' });
    }
    process.env.IMAGE_MAX_MB = 'lots';
    const misconfigured = await upload(bytes, { cookie });
    expect(misconfigured.status).toBe(500);
    expect(await countMedia()).toBe(0);
  });
});
