import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { TagHealth } from '@/lib/tags/find-tag-health';

/** Tags on exactly one article outside the trash, with that article (linked to its editor). */
export function UsedOnceSection({ usedOnce }: { usedOnce: TagHealth['usedOnce'] }) {
  const t = useTranslations('tagHealth');
  return (
    <section aria-labelledby="tag-health-used-once" className="tag-health-section">
      <h2 id="tag-health-used-once">{t('usedOnce.heading', { count: usedOnce.total })}</h2>
      {usedOnce.tags.length === 0 ? <p>{t('usedOnce.empty')}</p> : (
        <table className="data-table">
          <thead>
            <tr><th scope="col">{t('columnTag')}</th><th scope="col">{t('columnArticle')}</th></tr>
          </thead>
          <tbody>
            {usedOnce.tags.map((tag) => (
              <tr key={tag.id}>
                <th scope="row">{tag.name}</th>
                <td><Link href={`/admin/articles/${tag.article.id}`}>{tag.article.title}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {usedOnce.total > usedOnce.tags.length ? <p>{t('more', { count: usedOnce.total - usedOnce.tags.length })}</p> : null}
    </section>
  );
}
