import { getTranslations } from 'next-intl/server';
import type { ImportBatchCounts } from '@/lib/import-batches/import-batch-types';

const order = ['pending', 'ready', 'duplicate', 'failed', 'created'] as const;

/** "3 ready · 1 failed · …", leaving out the zeros. */
export async function BatchCounts({ counts }: { counts: ImportBatchCounts }) {
  const t = await getTranslations('import.counts');
  const parts = order.filter((key) => counts[key] > 0);
  return (
    <ul className="import-counts">
      {parts.map((key) => (
        <li key={key} className={`import-count import-count-${key}`}>{t(key, { count: counts[key] })}</li>
      ))}
    </ul>
  );
}
