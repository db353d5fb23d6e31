import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { encodeAuditCursor, parseAuditFilter } from '@/lib/audit/audit-filter';
import { listAuditActions, listAuditEntries } from '@/lib/audit/list-audit-entries';
import { requirePermission } from '@/lib/auth/require-permission';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { AuditFilterForm } from './audit-filter-form';
import { auditQuery } from './audit-query';
import './audit.css';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit:view', '/admin/audit');
  const params = await searchParams;
  const timeZone = getSiteTimeZone();
  const { filter, invalid } = parseAuditFilter(params, timeZone);
  const [t, format, { entries, hasMore }, actions] = await Promise.all([getTranslations('audit'), getFormatter(), listAuditEntries(filter), listAuditActions()]);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const last = entries.at(-1);
  return (
    <div className="audit-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <AuditFilterForm params={params} actions={actions.map((action) => ({ value: action, label: actionLabel(action) }))} />
      {invalid.length > 0 ? <p role="alert" className="form-error">{t('invalid', { fields: invalid.map((field) => t(`field.${field}`)).join('、') })}</p> : null}
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="data-table audit-table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnTime')}</th><th scope="col">{t('columnActor')}</th><th scope="col">{t('columnAction')}</th>
              <th scope="col">{t('columnTarget')}</th><th scope="col">{t('columnDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td><time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone })}</time></td>
                <td>{entry.actor ? <Link href={auditQuery(params, { actor: entry.actor.email })}>{entry.actor.name} &lt;{entry.actor.email}&gt;</Link> : t('system')}</td>
                <td>{actionLabel(entry.action)}</td>
                <td>
                  {entry.targetId ? <Link href={auditQuery(params, { target: `${entry.targetType}:${entry.targetId}` })} title={t('sameTarget')}>{entry.targetType}:{entry.targetId.slice(0, 8)}</Link> : entry.targetType}
                </td>
                <td><code className="audit-data">{entry.data === null ? '' : JSON.stringify(entry.data)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="audit-pages" aria-label={t('caption')}>
        {filter.before ? <Link href={auditQuery(params, { before: undefined })}>{t('newest')}</Link> : null}
        {hasMore && last ? <Link href={auditQuery(params, { before: encodeAuditCursor(last) })}>{t('older')}</Link> : null}
      </nav>
    </div>
  );
}
