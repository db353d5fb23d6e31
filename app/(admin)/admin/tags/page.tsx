import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { adminTagListQuerySchema, listTagsForAdmin, type AdminTagListQuery, type AdminTagSort } from '@/lib/tags/list-tags-for-admin';
import './tags.css';

export const metadata: Metadata = { title: 'Tags' };

const deletedNoticeSchema = z.object({ deleted: z.string().max(100), untagged: z.coerce.number().int().min(0) });

function listHref({ q, sort, page }: Partial<AdminTagListQuery>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (sort && sort !== 'name') params.set('sort', sort);
  if (page && page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/tags?${search}` : '/admin/tags';
}

export default async function AdminTagsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('tag:manage', '/admin/tags');
  const params = await searchParams;
  const query = adminTagListQuerySchema.parse(params);
  const [t, format, { tags, total, pageCount }] = await Promise.all([getTranslations('tagAdmin'), getFormatter(), listTagsForAdmin(query)]);
  const deleted = deletedNoticeSchema.safeParse(params);
  const timeZone = getSiteTimeZone();
  const sortHeader = (sort: AdminTagSort, label: string) => (
    <th scope="col" aria-sort={query.sort === sort ? (sort === 'name' ? 'ascending' : 'descending') : undefined}>
      <Link href={listHref({ q: query.q, sort })}>{label}</Link>
    </th>
  );
  return (
    <div className="tag-admin">
      <div className="tag-admin__head">
        <h1>{t('title')}</h1>
        <Link href="/admin/tags/new" className="tag-admin__button">{t('newTag')}</Link>
        <Link href="/admin/tags/health">{t('healthLink')}</Link>
      </div>
      {deleted.success ? <p role="status" className="form-ok">{t('deletedNotice', { name: deleted.data.deleted, count: deleted.data.untagged })}</p> : null}
      <form role="search" action="/admin/tags" className="tag-admin__search">
        <label>
          <span className="visually-hidden">{t('searchLabel')}</span>
          <input type="search" name="q" defaultValue={query.q} maxLength={100} placeholder={t('searchPlaceholder')} />
        </label>
        {query.sort === 'name' ? null : <input type="hidden" name="sort" value={query.sort} />}
        <button type="submit">{t('search')}</button>
        {query.q ? <Link href={listHref({ sort: query.sort })}>{t('clearSearch')}</Link> : null}
      </form>
      {tags.length === 0 ? <p>{t(query.q ? 'noMatches' : 'empty')}</p> : (
        <table className="data-table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              {sortHeader('name', t('columnName'))}
              <th scope="col">{t('columnSlug')}</th>
              <th scope="col">{t('columnParent')}</th>
              {sortHeader('published', t('columnPublished'))}
              {sortHeader('articles', t('columnArticles'))}
              {sortHeader('updated', t('columnUpdated'))}
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.id}>
                <th scope="row">
                  <Link href={`/admin/tags/${tag.id}`}>{tag.name}</Link>
                  {tag.featured ? <span className="badge badge-published">{t('featured')}</span> : null}
                </th>
                <td><code>{tag.slug}</code></td>
                <td>{tag.parent ? <Link href={`/admin/tags/${tag.parent.id}`}>{tag.parent.name}</Link> : null}</td>
                <td>{tag.publishedCount}</td>
                <td>{tag.articleCount}</td>
                <td><time dateTime={tag.updatedAt.toISOString()}>{format.dateTime(tag.updatedAt, { dateStyle: 'medium', timeZone })}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t('pagination')} className="tag-admin__pager">
        {query.page > 1 ? <Link href={listHref({ ...query, page: Math.min(query.page - 1, pageCount) })} rel="prev">← {t('previous')}</Link> : null}
        <span>{t('pageOf', { page: query.page, pageCount, total })}</span>
        {query.page < pageCount ? <Link href={listHref({ ...query, page: query.page + 1 })} rel="next">{t('next')} →</Link> : null}
      </nav>
    </div>
  );
}
