import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listTrashedArticles } from '@/lib/articles/trash/list-trashed-articles';
import { can } from '@/lib/auth/can';
import { requirePermission } from '@/lib/auth/require-permission';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { EmptyTrashButton } from './empty-trash-button';
import { TrashRowActions } from './trash-row-actions';
import './trash.css';

export const metadata: Metadata = { title: 'Trash' };

export default async function TrashPage() {
  const user = await requirePermission('article:delete', '/admin/trash');
  const canPurge = can(user, 'article:purge');
  const [t, format, articles] = await Promise.all([getTranslations(), getFormatter(), listTrashedArticles()]);
  const timeZone = getSiteTimeZone();
  return (
    <div className="trash-page">
      <h1>{t('trash.title')}</h1>
      <p>{t(canPurge ? 'trash.introAdmin' : 'trash.introEditor')}</p>
      {canPurge ? <EmptyTrashButton count={articles.length} /> : null}
      {articles.length === 0 ? (
        <p>{t('trash.empty')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('trash.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trash.columnTitle')}</th>
              <th scope="col">{t('trash.columnDeletedBy')}</th>
              <th scope="col">{t('trash.columnDeletedAt')}</th>
              <th scope="col">{t('trash.columnStatus')}</th>
              <th scope="col">{t('trash.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <th scope="row">{article.title}</th>
                <td>{article.deletedByName ?? t('trash.unknownUser')}</td>
                <td>
                  <time dateTime={article.deletedAt.toISOString()}>
                    {format.dateTime(article.deletedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}
                  </time>
                </td>
                <td><span className={`badge badge-${article.status.toLowerCase()}`}>{t(`articles.status.${article.status}`)}</span></td>
                <td><TrashRowActions id={article.id} title={article.title} canPurge={canPurge} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
