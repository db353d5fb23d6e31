// Shared by the batch layer's integration tests: the sample dumps, an editor, a batch.
import { readFileSync } from 'node:fs';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createImportBatch } from './create-import-batch';

export function readSample(name: '000_082a931f3e294f16.txt' | '003_19f9f1bee9563f76.txt'): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(`../../content/samples/${name}`, import.meta.url)));
}

export const consumerNews = readSample('000_082a931f3e294f16.txt');
export const hubeiNews = readSample('003_19f9f1bee9563f76.txt');

export async function createEditor(email = 'editor@test.local', options: { disabled?: boolean } = {}) {
  return getPrisma().user.create({
    data: { email, name: '编辑甲', passwordHash: 'not-a-real-hash', role: 'EDITOR', disabled: options.disabled ?? false },
    select: { id: true, role: true, name: true, email: true, disabled: true },
  });
}

export async function createWebBatch(actorId: string | null) {
  return createImportBatch({ actorId, origin: 'WEB' });
}

// For tests outside lib/ (route handlers), which may not talk to the database themselves.
export async function resetTestDatabase(): Promise<void> {
  await resetDatabase(getPrisma());
}

export async function countImportRows(): Promise<{ items: number; files: number }> {
  const prisma = getPrisma();
  return { items: await prisma.importItem.count(), files: await prisma.importFile.count() };
}

export async function readStoredImportItem(itemId: string) {
  return getPrisma().importItem.findUniqueOrThrow({ where: { id: itemId }, include: { file: true } });
}
