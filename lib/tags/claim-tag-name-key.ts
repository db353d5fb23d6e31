import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { foldTagName } from './fold-tag-name';

/** The tag that owns a name key, as its own name or as an alias; null when the key is free. */
export async function findTagByNameKey(tx: Prisma.TransactionClient, nameKey: string) {
  const tag = await tx.tag.findFirst({ where: { nameKey }, select: { id: true, name: true } });
  if (tag) return tag;
  const alias = await tx.tagAlias.findUnique({ where: { nameKey }, select: { tag: { select: { id: true, name: true } } } });
  return alias?.tag ?? null;
}

/**
 * Holds `name`'s key for the rest of the transaction (two writers cannot both take it) and
 * refuses it with name 'taken' when another tag already answers to it. Returns the key.
 */
export async function claimTagNameKey(
  tx: Prisma.TransactionClient,
  name: string,
  options: { exceptTagId?: string; field?: string } = {},
): Promise<string> {
  const nameKey = foldTagName(name);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tag-name:' || ${nameKey}))`;
  const owner = (await tx.tag.findFirst({ where: { OR: [{ nameKey }, { name }] }, select: { id: true, name: true } })) ?? (await findTagByNameKey(tx, nameKey));
  if (owner && owner.id !== options.exceptTagId) {
    throw new AppError('VALIDATION', `This name looks like the existing tag ${owner.name}.`, { [options.field ?? 'name']: 'taken' });
  }
  return nameKey;
}
