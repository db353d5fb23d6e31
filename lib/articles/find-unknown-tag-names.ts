import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { foldTagName } from '@/lib/tags/fold-tag-name';

/**
 * The names that match no tag (by name, name key or alias, as resolveTags finds them): saving
 * them would create new tags.
 */
export async function findUnknownTagNames(tx: Prisma.TransactionClient, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const keys = names.map(foldTagName);
  const [tags, aliases] = await Promise.all([
    tx.tag.findMany({ where: { OR: [{ name: { in: [...names] } }, { nameKey: { in: keys } }] }, select: { name: true, nameKey: true } }),
    tx.tagAlias.findMany({ where: { nameKey: { in: keys } }, select: { nameKey: true } }),
  ]);
  const known = new Set([...tags.map((tag) => tag.nameKey ?? foldTagName(tag.name)), ...aliases.map((alias) => alias.nameKey)]);
  return names.filter((_, index) => !known.has(keys[index] ?? ''));
}
