import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { checkTagParent } from './check-tag-parent';
import { claimTagNameKey } from './claim-tag-name-key';
import { isTagSlugTaken } from './is-tag-slug-taken';
import { lockTagSlugs } from './lock-tag-slug';
import type { UpdateTagInput } from './tag-input-schema';
import { tagInvalidationFor } from './tag-invalidation-for';

const auditedFields = ['name', 'slug', 'description', 'parentId', 'featured', 'seoTitle', 'seoDescription'] as const;

/**
 * Edits a tag. A new slug keeps the old one working as a redirect; an empty slug keeps the
 * current one. Refuses like createTag, and a parent that would make a cycle (parentId 'invalid').
 */
export async function updateTag(actor: Actor, { id, ...input }: UpdateTagInput) {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM tags WHERE id = ${id}::uuid FOR UPDATE`;
    const current = await tx.tag.findUnique({ where: { id } });
    if (!current) throw new AppError('NOT_FOUND', 'This tag does not exist.');
    const nameKey = await claimTagNameKey(tx, input.name, { exceptTagId: id });
    // The tag's own alias of the same name is now its name.
    await tx.tagAlias.deleteMany({ where: { tagId: id, nameKey } });
    const slug = input.slug || current.slug;
    if (slug !== current.slug) await lockTagSlugs(tx, [slug]);
    if (slug !== current.slug && (await isTagSlugTaken(tx, slug, id))) {
      throw new AppError('VALIDATION', 'This slug is already used by another tag.', { slug: 'taken' });
    }
    await checkTagParent(tx, { tagId: id, parentId: input.parentId });

    const tag = await tx.tag.update({ where: { id }, data: { ...input, slug, nameKey } });
    if (slug !== current.slug) {
      await tx.tagSlugRedirect.deleteMany({ where: { slug, tagId: id } });
      await tx.tagSlugRedirect.upsert({ where: { slug: current.slug }, create: { slug: current.slug, tagId: id }, update: { tagId: id } });
    }
    const changed = auditedFields.filter((field) => current[field] !== tag[field]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.update',
      targetType: 'tag',
      targetId: id,
      data: { changed: [...changed], before: Object.fromEntries(changed.map((field) => [field, current[field]])), name: tag.name, slug: tag.slug },
    });
    const invalidation = await tagInvalidationFor(tx, { tagIds: [id], tagSlugs: [current.slug, tag.slug] });
    return { tag, invalidation };
  });
}
