import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ArticleTable } from '@/components/admin/article-table';
import { adminArticleListQuerySchema, listArticlesForAdmin, type AdminArticleListQuery } from '@/lib/articles/list-articles-for-admin';
import { can } from '@/lib/auth/can';
import { requirePermission } from '@/lib/auth/require-permission';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { NewArticleButton } from './new-article-button';
import './article-list.css';

export const metadata: Metadata = { title: 'Articles' };

const statuses = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'] as const;

function listHref(query: Partial<AdminArticleListQuery>): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `/admin?${search}` : '/admin';
}

export default async function AdminArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('article:list');
  const params = await searchParams;
  const query = adminArticleListQuerySchema.parse(params);
  const [t, { articles, hasNextPage }] = await Promise.all([getTranslations(), listArticlesForAdmin(user, query)]);
  const canDelete = can(user, 'article:delete');
  return (
    <div className="article-list-page">
      <div className="article-list-page__head">
        <h1>{t('articles.title')}</h1>
        {can(user, 'article:create') ? <NewArticleButton /> : null}
      </div>
      {can(user, 'article:edit-others') ? null : <p>{t('roles.ownArticlesOnly')}</p>}
      {canDelete && params.trashed === '1' ? (
        <p role="status" className="form-ok">
          {t('trash.movedToTrash')} <Link href="/admin/trash">{t('trash.openTrash')}</Link>
        </p>
      ) : null}
      <nav aria-label={t('history.articleList.filterLabel')} className="article-list-page__filter">
        <Link href={listHref({})} aria-current={query.status ? undefined : 'page'}>{t('history.articleList.allStatuses')}</Link>
        {statuses.map((status) => (
          <Link key={status} href={listHref({ status })} aria-current={query.status === status ? 'page' : undefined}>
            {t(`articles.status.${status}`)}
          </Link>
        ))}
      </nav>
      {articles.length === 0 ? <p>{t('articles.empty')}</p> : <ArticleTable articles={articles} timeZone={getSiteTimeZone()} canDelete={canDelete} />}
      {query.page > 1 || hasNextPage ? (
        <nav aria-label={t('history.articleList.pagination')} className="article-list-page__pager">
          {query.page > 1 ? <Link href={listHref({ ...query, page: query.page - 1 })} rel="prev">← {t('history.articleList.previous')}</Link> : null}
          <span>{t('history.articleList.page', { page: query.page })}</span>
          {hasNextPage ? <Link href={listHref({ ...query, page: query.page + 1 })} rel="next">{t('history.articleList.next')} →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
