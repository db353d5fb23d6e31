import { useTranslations } from 'next-intl';
import type { TagHealth } from '@/lib/tags/find-tag-health';
import { DeleteUnusedTagButton } from './delete-unused-tag-button';

/** Tags on no article outside the trash, each with a delete button. */
export function UnusedTagsSection({ unused }: { unused: TagHealth['unused'] }) {
  const t = useTranslations('tagHealth');
  return (
    <section aria-labelledby="tag-health-unused" className="tag-health-section">
      <h2 id="tag-health-unused">{t('unused.heading', { count: unused.total })}</h2>
      {unused.tags.length === 0 ? <p>{t('unused.empty')}</p> : (
        <table className="data-table">
          <thead>
            <tr><th scope="col">{t('columnTag')}</th><th scope="col">{t('columnActions')}</th></tr>
          </thead>
          <tbody>
            {unused.tags.map((tag) => (
              <tr key={tag.id}>
                <th scope="row">{tag.name}</th>
                <td><DeleteUnusedTagButton id={tag.id} name={tag.name} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unused.total > unused.tags.length ? <p>{t('more', { count: unused.total - unused.tags.length })}</p> : null}
    </section>
  );
}
