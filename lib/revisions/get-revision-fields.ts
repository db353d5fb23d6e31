import 'server-only';
import { getArticleForEditing } from '@/lib/articles/get-article-for-editing';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { revisionFormFields } from './revision-form-fields';

/** One revision of the article (or 'current': the article now) as form fields; NOT_FOUND otherwise. */
export async function getRevisionFields(articleId: string, revisionId: string): Promise<ArticleFormFields> {
  if (revisionId === 'current') {
    const article = await getArticleForEditing(articleId);
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist.');
    return article.fields;
  }
  const revision = await getPrisma().revision.findFirst({
    where: { id: revisionId, articleId },
    select: { title: true, body: true, snapshot: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', 'This revision does not exist.');
  return revisionFormFields(revision).fields;
}
