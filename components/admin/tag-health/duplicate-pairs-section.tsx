import { useTranslations } from 'next-intl';
import type { TagHealth } from '@/lib/tags/find-tag-health';
import { MergePairButtons } from './merge-pair-buttons';

/** Likely duplicate pairs with their reason, each with a one-click merge into the busier tag. */
export function DuplicatePairsSection({ duplicates }: { duplicates: TagHealth['duplicates'] }) {
  const t = useTranslations('tagHealth');
  return (
    <section aria-labelledby="tag-health-duplicates" className="tag-health-section">
      <h2 id="tag-health-duplicates">{t('duplicates.heading', { count: duplicates.total })}</h2>
      {duplicates.pairs.length === 0 ? <p>{t('duplicates.empty')}</p> : (
        <table className="data-table">
          <caption className="visually-hidden">{t('duplicates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('duplicates.columnSource')}</th>
              <th scope="col">{t('duplicates.columnTarget')}</th>
              <th scope="col">{t('duplicates.columnReason')}</th>
              <th scope="col">{t('columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.pairs.map(({ reason, source, target }) => (
              <tr key={`${source.id}:${target.id}`}>
                <td>{source.name} <span className="badge">{t('articleCount', { count: source.articleCount })}</span></td>
                <td>{target.name} <span className="badge">{t('articleCount', { count: target.articleCount })}</span></td>
                <td>{t(`duplicates.reason.${reason}`)}</td>
                <td><MergePairButtons source={source} target={target} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {duplicates.total > duplicates.pairs.length ? <p>{t('more', { count: duplicates.total - duplicates.pairs.length })}</p> : null}
    </section>
  );
}
