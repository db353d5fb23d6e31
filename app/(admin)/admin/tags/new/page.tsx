import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TagForm } from '@/components/admin/tags/tag-form';
import { requirePermission } from '@/lib/auth/require-permission';
import '../tags.css';

export const metadata: Metadata = { title: 'New tag' };

export default async function NewTagPage() {
  await requirePermission('tag:manage', '/admin/tags/new');
  const t = await getTranslations('tagAdmin');
  return (
    <div className="tag-admin tag-admin--narrow">
      <Link href="/admin/tags">← {t('backToList')}</Link>
      <h1>{t('newTitle')}</h1>
      <TagForm />
    </div>
  );
}
