import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AdminArticleRow } from '@/lib/articles/list-articles-for-admin';

export async function ArticleTable({ articles, timeZone }: { articles: AdminArticleRow[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('articles.columnTitle')}</th>
          <th scope="col">{t('articles.columnStatus')}</th>
          <th scope="col">{t('articles.columnUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
              {article.needsReview ? <span className="badge badge-warning">{t('articles.needsReview')}</span> : null}
            </td>
            <td>
              {article.status === 'SCHEDULED' && article.scheduledAt ? (
                <span className="badge badge-scheduled">
                  {t('history.articleList.scheduledAt')}{' '}
                  <time dateTime={article.scheduledAt.toISOString()}>{dateTime(article.scheduledAt)}</time>
                </span>
              ) : (
                <span className={`badge badge-${article.status.toLowerCase()}`}>{t(`articles.status.${article.status}`)}</span>
              )}
            </td>
            <td><time dateTime={article.updatedAt.toISOString()}>{dateTime(article.updatedAt)}</time></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
