import { getTranslations } from 'next-intl/server';
import type { ImportBatchCounts, ImportItemStatus } from '@/lib/import-batches/import-batch-types';

interface BatchProgressProps {
  counts: ImportBatchCounts;
  statuses: readonly ImportItemStatus[];
}

export async function BatchProgress({ counts, statuses }: BatchProgressProps) {
  const t = await getTranslations('import');
  const analysing = statuses.filter((status) => status === 'PENDING').length;
  const queued = statuses.filter((status) => status === 'QUEUED').length;
  const done = counts.total - counts.pending;
  const parts = [
    ['analysing', analysing],
    ['queued', queued],
    ['ready', counts.ready],
    ['duplicate', counts.duplicate],
    ['failed', counts.failed],
    ['created', counts.created],
  ] as const;
  return (
    <section className="import-batch-progress" aria-labelledby="import-progress-heading">
      <h2 id="import-progress-heading" className="visually-hidden">{t('batch.progressLabel')}</h2>
      <progress aria-label={t('batch.progressLabel')} max={Math.max(counts.total, 1)} value={counts.total === 0 ? 1 : done} />
      <p role="status" aria-live="polite">
        {t('batch.progress', { done, total: counts.total })}
        {' · '}
        {counts.pending > 0 ? t('batch.working') : t('batch.done')}
      </p>
      <ul className="import-counts">
        {parts.filter(([key, count]) => count > 0 || (key !== 'analysing' && key !== 'queued')).map(([key, count]) => (
          <li key={key} className={`import-count import-count-${key}`}>{t(`counts.${key}`, { count })}</li>
        ))}
      </ul>
    </section>
  );
}
