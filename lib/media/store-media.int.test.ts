import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { getMediaFile } from './get-media-file';
import { storeMedia } from './store-media';

async function png(width: number, height: number, colour: string) {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer());
}

async function createActor() {
  const user = await getPrisma().user.create({ data: { email: 'm@test.local', name: '编辑', passwordHash: 'x', role: 'EDITOR' } });
  return user.id;
}

describe('storeMedia', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('stores an image with its real type and size and serves it back by its name', async () => {
    const actorId = await createActor();
    const bytes = await png(12, 7, '#b91c1c');
    const stored = await storeMedia({ actorId, bytes, fileName: '现场.jpg' });
    expect(stored).toMatchObject({ mimeType: 'image/png', width: 12, height: 7 });
    expect(stored.src).toBe(`/uploads/${stored.id}.png`);
    const row = await getPrisma().media.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ fileName: '现场.jpg', mimeType: 'image/png', byteSize: bytes.byteLength, width: 12, height: 7, createdById: actorId });
    const file = await getMediaFile(`${stored.id}.png`);
    expect(file?.mimeType).toBe('image/png');
    expect(Buffer.from(file?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps one copy of the same bytes uploaded twice, even at the same moment', async () => {
    const actorId = await createActor();
    const bytes = await png(3, 3, '#2563eb');
    const [first, second] = await Promise.all([storeMedia({ actorId, bytes, fileName: 'a.png' }), storeMedia({ actorId, bytes, fileName: 'b.png' })]);
    const third = await storeMedia({ actorId, bytes, fileName: 'c.png' });
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(await getPrisma().media.count()).toBe(1);
    const other = await storeMedia({ actorId, bytes: await png(3, 3, '#16a34a'), fileName: 'a.png' });
    expect(other.id).not.toBe(first.id);
  });

  it('refuses a text file named .png and stores nothing', async () => {
    const actorId = await createActor();
    const bytes = new TextEncoder().encode('这不是图片。') as Uint8Array<ArrayBuffer>;
    await expect(storeMedia({ actorId, bytes, fileName: 'fake.png' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { file: 'unsupportedType' } });
    expect(await getPrisma().media.count()).toBe(0);
  });

  it('finds nothing for an unknown id, a wrong extension or a malformed name', async () => {
    const actorId = await createActor();
    const stored = await storeMedia({ actorId, bytes: await png(2, 2, '#000'), fileName: 'x.png' });
    expect(await getMediaFile(`${stored.id}.jpg`)).toBeNull();
    expect(await getMediaFile(`${stored.id}.svg`)).toBeNull();
    expect(await getMediaFile('1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b.png')).toBeNull();
    expect(await getMediaFile(`../${stored.id}.png`)).toBeNull();
  });
});
