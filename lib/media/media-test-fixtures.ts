// For tests outside lib/ (route handlers), which may not talk to the database themselves.
import sharp from 'sharp';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';

export async function resetMediaTestDatabase(): Promise<void> {
  await resetDatabase(getPrisma());
}

export async function createMediaTestUser(role: 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR', email = `${role.toLowerCase()}@test.local`) {
  return getPrisma().user.create({
    data: { email, name: '编辑甲', passwordHash: 'not-a-real-hash', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

export async function countMedia(): Promise<number> {
  return getPrisma().media.count();
}

/** A real image of the given format and size, encoded by libvips. */
export async function encodeTestImage(format: 'jpeg' | 'png' | 'gif' | 'webp' | 'avif', width: number, height: number, colour = '#b91c1c') {
  const image = sharp({ create: { width, height, channels: 3, background: colour } });
  return new Uint8Array(await image.toFormat(format).toBuffer());
}
