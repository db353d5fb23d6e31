import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { tagLineage } from './check-tag-parent';
import { foldTagName } from './fold-tag-name';
import { renumberArticleTags } from './renumber-article-tags';
import type { MergeTagsInput } from './tag-input-schema';
import { tagInvalidationFor } from './tag-invalidation-for';

/**
 * Merges tag A (source) into B (target) in one transaction: A's articles get B in A's place
 * (once), A's name and aliases answer for B, A's slugs redirect to B, A's sub-tags move under B,
 * and A is deleted.
 */
export async function mergeTags(actor: Actor, { sourceId, targetId }: MergeTagsInput) {
  if (sourceId === targetId) throw new AppError('VALIDATION', 'A tag cannot be merged into itself.', { targetId: 'invalid' });
  return getPrisma().$transaction(async (tx) => {
    // Both rows, in a fixed order so two opposite merges cannot deadlock.
    await tx.$queryRaw`SELECT id FROM tags WHERE id IN (${sourceId}::uuid, ${targetId}::uuid) ORDER BY id FOR UPDATE`;
    const [source, target] = await Promise.all([tx.tag.findUnique({ where: { id: sourceId } }), tx.tag.findUnique({ where: { id: targetId } })]);
    if (!source || !target) throw new AppError('NOT_FOUND', 'One of these tags does not exist.');
    const invalidation = await tagInvalidationFor(tx, { tagIds: [sourceId], tagSlugs: [source.slug, target.slug] });

    const links = await tx.articleTag.findMany({ where: { tagId: sourceId }, select: { articleId: true } });
    const articleIds = links.map((link) => link.articleId);
    await tx.$executeRaw`
      DELETE FROM article_tags AS a WHERE a.tag_id = ${sourceId}::uuid
        AND EXISTS (SELECT 1 FROM article_tags AS b WHERE b.article_id = a.article_id AND b.tag_id = ${targetId}::uuid)`;
    await tx.articleTag.updateMany({ where: { tagId: sourceId }, data: { tagId: targetId } });
    await renumberArticleTags(tx, articleIds);

    await tx.tagAlias.updateMany({ where: { tagId: sourceId }, data: { tagId: targetId } });
    const sourceKey = source.nameKey ?? foldTagName(source.name);
    if (sourceKey !== (target.nameKey ?? foldTagName(target.name))) {
      await tx.tagAlias.upsert({ where: { nameKey: sourceKey }, create: { tagId: targetId, name: source.name, nameKey: sourceKey }, update: { tagId: targetId } });
    }
    await tx.tagSlugRedirect.updateMany({ where: { tagId: sourceId }, data: { tagId: targetId } });
    await tx.tagSlugRedirect.upsert({ where: { slug: source.slug }, create: { slug: source.slug, tagId: targetId }, update: { tagId: targetId } });

    // B under A would end up under itself: lift it to A's place first.
    if ((await tagLineage(tx, targetId)).includes(sourceId)) {
      await tx.tag.update({ where: { id: targetId }, data: { parentId: source.parentId } });
    }
    await tx.tag.updateMany({ where: { parentId: sourceId, id: { not: targetId } }, data: { parentId: targetId } });
    await tx.tag.delete({ where: { id: sourceId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.merge',
      targetType: 'tag',
      targetId,
      data: { source: { id: sourceId, name: source.name, slug: source.slug }, target: { name: target.name, slug: target.slug }, articleCount: articleIds.length },
    });
    return { tagId: targetId, articleCount: articleIds.length, invalidation };
  });
}
