import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AutoRefresh } from '@/components/admin/import/auto-refresh';
import { CleanedArticle } from '@/components/admin/import/cleaned-article';
import { ItemStatus } from '@/components/admin/import/item-status';
import { OriginalText } from '@/components/admin/import/original-text';
import { ReportSummary } from '@/components/admin/import/report-summary';
import { requirePermission } from '@/lib/auth/require-permission';
import { getImportItem } from '@/lib/import-batches/get-import-item';
import '../../../import.css';

export const metadata: Metadata = { title: 'Import report' };

type Params = Promise<{ batchId: string; itemId: string }>;

export default async function ImportItemPage({ params }: { params: Params }) {
  const { batchId, itemId } = await params;
  await requirePermission('article:import', `/admin/import/${encodeURIComponent(batchId)}/items/${encodeURIComponent(itemId)}`);
  if (!z.uuid().safeParse(batchId).success || !z.uuid().safeParse(itemId).success) notFound();
  const item = await getImportItem(itemId);
  if (!item || item.batchId !== batchId) notFound();
  const t = await getTranslations('import');
  const isWorking = item.status === 'PENDING' || item.status === 'QUEUED';

  return (
    <div className="import-page">
      <p><Link href={`/admin/import/${batchId}`}>← {t('item.back')}</Link></p>
      <h1>{t('item.title')}</h1>
      <p className="import-meta">{t('item.fileHeading', { name: item.fileName })}</p>
      <p className="import-item-status">
        {t('item.statusLabel')} <ItemStatus item={item} batchId={batchId} t={t} />
      </p>
      {isWorking ? <AutoRefresh /> : null}
      {item.result ? (
        <>
          <ReportSummary result={item.result} />
          <div className="import-side-by-side">
            <CleanedArticle result={item.result} />
            <OriginalText result={item.result} />
          </div>
        </>
      ) : item.status === 'PENDING' ? <p>{t('item.notAnalysed')}</p> : null}
    </div>
  );
}
