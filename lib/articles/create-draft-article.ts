import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import { articleSearchColumns } from '@/lib/search/article-search-columns';
import { isArticleSlugClash } from './is-article-slug-clash';

/**
 * A new, empty draft for the editor to open. It gets no revision: there is nothing to go back
 * to yet, and drafts opened and abandoned would otherwise fill the history with empty versions;
 * its first save writes the first revision. The placeholder slug gives way to one from the
 * title on the first save with a title.
 */
export async function createDraftArticle(actor: Actor): Promise<{ id: string }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await getPrisma().article.create({
        data: {
          title: '',
          slug: `draft-${randomBytes(4).toString('hex')}`,
          slugAuto: true,
          body: emptyDoc() as object,
          bodyText: '',
          ...articleSearchColumns({ title: '', excerpt: '', bodyText: '' }),
          createdById: actor.id,
          updatedById: actor.id,
        },
        select: { id: true },
      });
    } catch (error) {
      if (!isArticleSlugClash(error) || attempt >= 5) throw error;
    }
  }
}
