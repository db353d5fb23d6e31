import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BatchList } from '@/components/admin/import/batch-list';
import { UploadPanel } from '@/components/admin/import/upload-panel';
import { requirePermission } from '@/lib/auth/require-permission';
import { listImportBatches } from '@/lib/import-batches/list-import-batches';
import './import.css';

export const metadata: Metadata = { title: 'Import' };

const pageSize = 50;
const beforeSchema = z.iso.datetime();

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ before?: string | string[] }> }) {
  await requirePermission('article:import', '/admin/import');
  const { before } = await searchParams;
  const parsedBefore = beforeSchema.safeParse(before);
  const beforeDate = parsedBefore.success ? new Date(parsedBefore.data) : undefined;
  const [t, batches] = await Promise.all([getTranslations('import'), listImportBatches({ limit: pageSize, before: beforeDate })]);
  const oldest = batches.at(-1);
  return (
    <div className="import-page">
      <h1>{t('title')}</h1>
      <p className="import-intro">{t('intro')}</p>
      <UploadPanel />
      <BatchList batches={batches} />
      <p className="import-pager">
        {beforeDate ? <Link href="/admin/import">{t('batches.newest')}</Link> : null}
        {batches.length === pageSize && oldest
          ? <Link href={`/admin/import?before=${encodeURIComponent(oldest.createdAt.toISOString())}`}>{t('batches.older')} →</Link>
          : null}
      </p>
    </div>
  );
}
