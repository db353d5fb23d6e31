import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { makeSlug } from '@/lib/slug/make-slug';
import { uniqueSlug } from '@/lib/slug/unique-slug';
import { checkTagParent } from './check-tag-parent';
import { claimTagNameKey } from './claim-tag-name-key';
import { isTagSlugTaken } from './is-tag-slug-taken';
import { lockTagSlugs } from './lock-tag-slug';
import type { TagInput } from './tag-input-schema';

/**
 * Creates a tag. VALIDATION when its name looks like another tag's name or alias (name 'taken'),
 * its slug is used or was used by another tag (slug 'taken'), or the parent does not exist.
 */
export async function createTag(actor: Actor, input: TagInput) {
  return getPrisma().$transaction(async (tx) => {
    const nameKey = await claimTagNameKey(tx, input.name);
    let slug = input.slug;
    await lockTagSlugs(tx, [slug || makeSlug(input.name)]);
    if (slug === '') {
      slug = await uniqueSlug(makeSlug(input.name), (candidate) => isTagSlugTaken(tx, candidate));
    } else if (await isTagSlugTaken(tx, slug)) {
      throw new AppError('VALIDATION', 'This slug is already used by another tag.', { slug: 'taken' });
    }
    await checkTagParent(tx, { tagId: null, parentId: input.parentId });
    const tag = await tx.tag.create({ data: { ...input, slug, nameKey } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.create',
      targetType: 'tag',
      targetId: tag.id,
      data: { name: tag.name, slug: tag.slug, parentId: tag.parentId },
    });
    // A reader may have been shown a 404 for this slug before the topic existed.
    const invalidation: ArticleInvalidation = { slugs: [], tagSlugs: [tag.slug] };
    return { tag, invalidation };
  });
}
