import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/require-permission';
import { listTagsForAdmin } from '@/lib/tags/list-tags-for-admin';

export const metadata: Metadata = { title: 'Tags' };

export default async function AdminTagsPage() {
  await requirePermission('tag:manage', '/admin/tags');
  const [t, tags] = await Promise.all([getTranslations('tags'), listTagsForAdmin()]);
  return (
    <>
      <h1>{t('title')}</h1>
      {tags.length === 0 ? <p>{t('empty')}</p> : (
        <table className="data-table">
          <thead>
            <tr><th scope="col">{t('columnName')}</th><th scope="col">{t('columnSlug')}</th><th scope="col">{t('columnArticles')}</th></tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.id}>
                <td><Link href={`/topics/${tag.slug}`}>{tag.name}</Link></td>
                <td><code>{tag.slug}</code></td>
                <td>{tag.articleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
