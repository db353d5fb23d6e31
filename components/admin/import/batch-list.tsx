import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImportBatchListEntry } from '@/lib/import-batches/import-batch-types';
import { BatchCounts } from './batch-counts';

export async function BatchList({ batches }: { batches: ImportBatchListEntry[] }) {
  const [t, format] = await Promise.all([getTranslations('import'), getFormatter()]);
  return (
    <section aria-labelledby="import-batches-heading">
      <h2 id="import-batches-heading">{t('batches.heading')}</h2>
      {batches.length === 0 ? <p>{t('batches.empty')}</p> : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('batches.columnDate')}</th>
              <th scope="col">{t('batches.columnBy')}</th>
              <th scope="col">{t('batches.columnOrigin')}</th>
              <th scope="col">{t('batches.columnTotal')}</th>
              <th scope="col">{t('batches.columnCounts')}</th>
              <th scope="col">{t('batches.columnOpen')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => {
              const date = format.dateTime(batch.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
              return (
                <tr key={batch.id}>
                  <td><time dateTime={batch.createdAt.toISOString()}>{date}</time></td>
                  <td>{batch.createdByName ?? t('batches.nobody')}</td>
                  <td>{t(`origin.${batch.origin}`)}</td>
                  <td>{batch.counts.total}</td>
                  <td><BatchCounts counts={batch.counts} /></td>
                  <td><Link href={`/admin/import/${batch.id}`} aria-label={t('batches.openLabel', { date })}>{t('batches.open')}</Link></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
