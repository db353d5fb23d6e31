import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { renumberArticleTags } from './renumber-article-tags';
import { tagInvalidationFor } from './tag-invalidation-for';

/**
 * Deletes a tag: its articles are untagged (their other tags close up, in order), its sub-tags
 * lose their parent, its aliases and old slugs go with it. NOT_FOUND when missing.
 */
export async function deleteTag(actor: Actor, { id }: { id: string }) {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM tags WHERE id = ${id}::uuid FOR UPDATE`;
    const tag = await tx.tag.findUnique({ where: { id }, select: { name: true, slug: true } });
    if (!tag) throw new AppError('NOT_FOUND', 'This tag does not exist.');
    const invalidation = await tagInvalidationFor(tx, { tagIds: [id], tagSlugs: [tag.slug] });
    const links = await tx.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
    const articleIds = links.map((link) => link.articleId);
    await tx.tag.delete({ where: { id } });
    await renumberArticleTags(tx, articleIds);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.delete',
      targetType: 'tag',
      targetId: id,
      data: { name: tag.name, slug: tag.slug, articleCount: articleIds.length },
    });
    return { articleCount: articleIds.length, invalidation };
  });
}
