import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { makeSlug } from '@/lib/slug/make-slug';
import { uniqueSlug } from '@/lib/slug/unique-slug';

/** Finds each named tag, creating the missing ones; returns ids in the order given. */
export async function resolveTags(tx: Prisma.TransactionClient, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const existing = await tx.tag.findMany({ where: { name: { in: [...names] } }, select: { id: true, name: true } });
  const idByName = new Map(existing.map((tag) => [tag.name, tag.id]));
  for (const name of names) {
    if (idByName.has(name)) continue;
    const slug = await uniqueSlug(makeSlug(name), async (candidate) =>
      (await tx.tag.count({ where: { slug: candidate } })) > 0,
    );
    const created = await tx.tag.create({ data: { name, slug }, select: { id: true } });
    idByName.set(name, created.id);
  }
  return names.map((name) => idByName.get(name) ?? '');
}
