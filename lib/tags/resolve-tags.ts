import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { makeSlug } from '@/lib/slug/make-slug';
import { uniqueSlug } from '@/lib/slug/unique-slug';
import { foldTagName } from './fold-tag-name';
import { isTagSlugTaken } from './is-tag-slug-taken';
import { lockTagSlugs } from './lock-tag-slug';

async function findTagIds(tx: Prisma.TransactionClient, names: readonly string[], keys: readonly string[]) {
  const [tags, aliases] = await Promise.all([
    tx.tag.findMany({ where: { OR: [{ name: { in: [...names] } }, { nameKey: { in: [...keys] } }] }, select: { id: true, name: true, nameKey: true } }),
    tx.tagAlias.findMany({ where: { nameKey: { in: [...keys] } }, select: { tagId: true, nameKey: true } }),
  ]);
  const idByKey = new Map(aliases.map((alias) => [alias.nameKey, alias.tagId]));
  // A tag's own name wins over an alias; tags saved before name keys existed are found by exact name.
  for (const tag of tags) {
    const key = tag.nameKey ?? foldTagName(tag.name);
    if (tag.nameKey !== null || !idByKey.has(key)) idByKey.set(key, tag.id);
  }
  return idByKey;
}

/**
 * Finds each named tag by its name key (so 知識產權 finds 知识产权, by name or alias), creating
 * the missing ones; returns the ids in the order given, each once.
 */
export async function resolveTags(tx: Prisma.TransactionClient, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const keys = names.map(foldTagName);
  let idByKey = await findTagIds(tx, names, keys);
  const missing = [...new Set(keys.filter((key) => !idByKey.has(key)))].sort();
  if (missing.length > 0) {
    // Hold the new keys (as claimTagNameKey does), then look again: another save may have just made them.
    for (const key of missing) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tag-name:' || ${key}))`;
    idByKey = await findTagIds(tx, names, keys);
    await lockTagSlugs(tx, names.filter((_, index) => !idByKey.has(keys[index] ?? '')).map(makeSlug));
  }
  for (const [index, name] of names.entries()) {
    const nameKey = keys[index] ?? '';
    if (idByKey.has(nameKey)) continue;
    const slug = await uniqueSlug(makeSlug(name), (candidate) => isTagSlugTaken(tx, candidate));
    const created = await tx.tag.create({ data: { name, nameKey, slug }, select: { id: true } });
    idByKey.set(nameKey, created.id);
  }
  return [...new Set(keys.map((key) => idByKey.get(key) ?? ''))];
}
