import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MoveToTrashButton } from '@/app/(admin)/admin/trash/move-to-trash-button';
import type { AdminArticleRow } from '@/lib/articles/list-articles-for-admin';

interface ArticleTableProps {
  articles: AdminArticleRow[];
  timeZone: string;
  canDelete: boolean;
}

export async function ArticleTable({ articles, timeZone, canDelete }: ArticleTableProps) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('articles.columnTitle')}</th>
          <th scope="col">{t('articles.columnStatus')}</th>
          <th scope="col">{t('articles.columnUpdated')}</th>
          {canDelete ? <th scope="col"><span className="visually-hidden">{t('trash.columnActions')}</span></th> : null}
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
            {canDelete ? <td><MoveToTrashButton id={article.id} title={article.title} /></td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
