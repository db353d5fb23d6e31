import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { TagAliases } from '@/components/admin/tags/tag-aliases';
import { TagDelete } from '@/components/admin/tags/tag-delete';
import { TagForm } from '@/components/admin/tags/tag-form';
import { TagMerge } from '@/components/admin/tags/tag-merge';
import { requirePermission } from '@/lib/auth/require-permission';
import { getTagForAdmin } from '@/lib/tags/get-tag-for-admin';
import '../tags.css';

export const metadata: Metadata = { title: 'Edit tag' };

const noticeSchema = z.object({
  saved: z.literal('1').optional().catch(undefined),
  merged: z.coerce.number().int().min(0).optional().catch(undefined),
});

export default async function EditTagPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await requirePermission('tag:manage', `/admin/tags/${encodeURIComponent(id)}`);
  const [t, tag, notice] = await Promise.all([getTranslations('tagAdmin'), getTagForAdmin(id), searchParams.then((query) => noticeSchema.parse(query))]);
  if (!tag) notFound();
  const { aliases, slugRedirects, updatedAt, ...formValues } = tag;
  const named = { id: tag.id, name: tag.name };
  return (
    <div className="tag-admin tag-admin--narrow">
      <Link href="/admin/tags">← {t('backToList')}</Link>
      <div className="tag-admin__head">
        <h1>{t('editTitle', { name: tag.name })}</h1>
        <Link href={`/topics/${tag.slug}`}>{t('viewTopic')}</Link>
      </div>
      {notice.saved ? <p role="status" className="form-ok">{t('savedNotice')}</p> : null}
      {notice.merged !== undefined ? <p role="status" className="form-ok">{t('mergedNotice', { count: notice.merged })}</p> : null}
      <TagForm key={updatedAt.toISOString()} tag={formValues} />
      <TagAliases tagId={tag.id} aliases={aliases} />
      <section aria-labelledby="tag-redirects-title" className="tag-admin__section">
        <h2 id="tag-redirects-title">{t('redirects.title')}</h2>
        {slugRedirects.length === 0 ? <p>{t('redirects.empty')}</p> : (
          <>
            <p>{t('redirects.intro')}</p>
            <ul aria-labelledby="tag-redirects-title">
              {slugRedirects.map((redirect) => <li key={redirect.slug}><code>/topics/{redirect.slug}</code></li>)}
            </ul>
          </>
        )}
      </section>
      <TagMerge tag={named} />
      <TagDelete tag={named} />
    </div>
  );
}
