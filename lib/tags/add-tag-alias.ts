import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { claimTagNameKey } from './claim-tag-name-key';
import type { AddTagAliasInput } from './tag-input-schema';

/** Adds another name a tag answers to (e.g. 知产 for 知识产权); name 'taken' when any tag already does. */
export async function addTagAlias(actor: Actor, { tagId, name }: AddTagAliasInput) {
  return getPrisma().$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { id: true } });
    if (!tag) throw new AppError('NOT_FOUND', 'This tag does not exist.');
    const nameKey = await claimTagNameKey(tx, name);
    const alias = await tx.tagAlias.create({ data: { tagId, name, nameKey }, select: { id: true, tagId: true, name: true } });
    await recordAudit(tx, { actorId: actor.id, action: 'tag.alias.add', targetType: 'tag', targetId: tagId, data: { aliasId: alias.id, name } });
    return { alias };
  });
}
