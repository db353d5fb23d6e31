import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DuplicatePairsSection } from '@/components/admin/tag-health/duplicate-pairs-section';
import { UnusedTagsSection } from '@/components/admin/tag-health/unused-tags-section';
import { UsedOnceSection } from '@/components/admin/tag-health/used-once-section';
import { requirePermission } from '@/lib/auth/require-permission';
import { findTagHealth } from '@/lib/tags/find-tag-health';
import '@/components/admin/tag-health/tag-health.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tagHealth');
  return { title: t('metaTitle') };
}

export default async function TagHealthPage() {
  await requirePermission('tag:manage', '/admin/tags/health');
  const [t, health] = await Promise.all([getTranslations('tagHealth'), findTagHealth()]);
  return (
    <>
      <p><Link href="/admin/tags">{t('backToTags')}</Link></p>
      <h1>{t('title')}</h1>
      <p>{t('intro', { count: health.tagCount })}</p>
      <UnusedTagsSection unused={health.unused} />
      <UsedOnceSection usedOnce={health.usedOnce} />
      <DuplicatePairsSection duplicates={health.duplicates} />
    </>
  );
}
