import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AutoRefresh } from '@/components/admin/import/auto-refresh';
import { BatchProgress } from '@/components/admin/import/batch-progress';
import { ImportSelectedForm } from '@/components/admin/import/import-selected-form';
import { ItemTable } from '@/components/admin/import/item-table';
import { can } from '@/lib/auth/can';
import { requirePermission } from '@/lib/auth/require-permission';
import { getImportBatch } from '@/lib/import-batches/get-import-batch';
import '../import.css';

export const metadata: Metadata = { title: 'Import batch' };

// Re-rendering thousands of rows costs the server time the import job needs: refresh big batches less often.
function refreshInterval(rows: number): number {
  return Math.min(10_000, Math.max(1500, rows * 2));
}

export default async function ImportBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await requirePermission('article:import', `/admin/import/${encodeURIComponent(batchId)}`);
  if (!z.uuid().safeParse(batchId).success) notFound();
  const batch = await getImportBatch(batchId);
  if (!batch) notFound();
  const [t, format] = await Promise.all([getTranslations('import'), getFormatter()]);
  const hasReady = batch.counts.ready > 0;
  const offerSimplified = batch.items.some((item) => item.status === 'READY' && item.summary?.script === 'HANT');
  const date = format.dateTime(batch.createdAt, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="import-page">
      <p><Link href="/admin/import">← {t('batch.back')}</Link></p>
      <h1>{t('batch.heading', { date })}</h1>
      <p className="import-meta">{t('batch.meta', { origin: t(`origin.${batch.origin}`), name: batch.createdByName ?? t('batches.nobody') })}</p>
      <BatchProgress counts={batch.counts} statuses={batch.items.map((item) => item.status)} />
      {batch.counts.pending > 0 ? <AutoRefresh intervalMs={refreshInterval(batch.items.length)} /> : null}
      {batch.items.length === 0 ? <p>{t('batch.empty')}</p> : (
        <ImportSelectedForm batchId={batch.id} hasReady={hasReady} canPublish={can(user, 'article:publish')} offerSimplified={offerSimplified}>
          <ItemTable batchId={batch.id} items={batch.items} />
        </ImportSelectedForm>
      )}
    </div>
  );
}
