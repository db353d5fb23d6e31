import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors/app-error';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import { parseTiptapDoc } from '@/lib/rich-text/tiptap-doc-schema';
import { setArticleTags } from '@/lib/tags/set-article-tags';
import type { Actor } from '@/lib/auth/can';
import type { ArticleInput } from './article-input-schema';
import { writeRevision } from './write-revision';

export interface SaveArticleResult {
  version: number;
  status: string;
  slug: string;
}

const reasons = { save: 'save', publish: 'publish', unpublish: 'unpublish' } as const;

/**
 * Saves the editor's fields and applies the intent (save, publish, unpublish) in one transaction.
 * A save based on an older version than the stored one is refused with CONFLICT.
 */
export async function saveArticle(actor: Actor, input: ArticleInput): Promise<SaveArticleResult> {
  const parsed = parseTiptapDoc(input.body);
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.error, { body: 'invalid' });
  const bodyText = docToPlainText(parsed.doc);
  if (input.intent === 'publish' && bodyText.trim() === '') {
    throw new AppError('VALIDATION', 'An article needs a body before it is published.', { body: 'required' });
  }

  return getPrisma().$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: input.id }, select: { status: true, publishedAt: true } });
    if (!current) throw new AppError('NOT_FOUND', 'This article no longer exists.');
    const status = input.intent === 'publish' ? 'PUBLISHED' : input.intent === 'unpublish' ? 'DRAFT' : current.status;
    const { count } = await tx.article.updateMany({
      where: { id: input.id, version: input.baseVersion },
      data: {
        title: input.title,
        body: parsed.doc as object,
        bodyText,
        status,
        publishedAt: status === 'PUBLISHED' ? (current.publishedAt ?? new Date()) : current.publishedAt,
        version: { increment: 1 },
        updatedById: actor.id,
      },
    });
    if (count === 0) throw new AppError('CONFLICT', 'Someone else saved this article after you opened it.');
    await setArticleTags(tx, input.id, input.tags);
    const article = await tx.article.findUniqueOrThrow({ where: { id: input.id } });
    await writeRevision(tx, article, input.tags, { authorId: actor.id, reason: reasons[input.intent] });
    if (input.intent !== 'save') {
      await recordAudit(tx, { actorId: actor.id, action: `article.${input.intent}`, targetType: 'article', targetId: article.id, data: { slug: article.slug } });
    }
    return { version: article.version, status: article.status, slug: article.slug };
  });
}
