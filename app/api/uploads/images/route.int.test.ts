import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testSessionCookie, useTestSessionSecret } from '@/lib/auth/test-session-cookie';
import { countMedia, createMediaTestUser, encodeTestImage, resetMediaTestDatabase } from '@/lib/media/media-test-fixtures';
import { GET } from '../../../uploads/[file]/route';
import { POST } from './route';

const site = 'http://inkstone.test';
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
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a text file named .png', new TextEncoder().encode('这不是图片')],
    ['an empty body', new Uint8Array()],
  ])('answers 415 unsupportedType to %s and stores nothing', async (_name, bytes) => {
    const response = await upload(bytes, { cookie, 'content-type': 'image/png' });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupportedType' });
    expect(await countMedia()).toBe(0);
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
