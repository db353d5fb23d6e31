import 'server-only';
import { can, type Actor } from '@/lib/auth/can';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { findUnknownTagNames } from './find-unknown-tag-names';

/** Refuses (FORBIDDEN, on the tags field) tag names that would create tags the actor may not create. */
export async function assertTagsAttachable(tx: Prisma.TransactionClient, actor: Actor, names: readonly string[]): Promise<void> {
  if (can(actor, 'tag:create')) return;
  const unknown = await findUnknownTagNames(tx, names);
  if (unknown.length > 0) throw new AppError('FORBIDDEN', `Only existing tags may be attached: ${unknown.join(', ')} is new.`, { tags: 'invalid' });
}
