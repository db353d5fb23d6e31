/** Readers can open the article at its URL: published or archived, and not in the trash. */
export function isArticlePublic(article: { status: string; deletedAt: Date | string | null }): boolean {
  return (article.status === 'PUBLISHED' || article.status === 'ARCHIVED') && article.deletedAt === null;
}
