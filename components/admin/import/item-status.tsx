import type { ImportItemRow } from '@/lib/import-batches/import-batch-types';

type Translate = (key: string, values?: Record<string, string | number>) => string;

// A row's status, and what the editor needs next to it: the reason, the original, the article.
// Synchronous, with the caller's translator and plain links: it renders once per row of a
// possibly huge table.
export function ItemStatus({ item, batchId, t }: { item: ImportItemRow; batchId: string; t: Translate }) {
  return (
    <>
      <span className={`badge import-status-${item.status.toLowerCase()}`}>{t(`status.${item.status}`)}</span>
      {item.status === 'FAILED' && item.error ? <span className="import-row-note import-error">{item.error}</span> : null}
      {item.status === 'DUPLICATE' && item.duplicateOf ? (
        <span className="import-row-note">
          {t('table.duplicateOf')} <a href={`/admin/articles/${item.duplicateOf.id}`}>{item.duplicateOf.title}</a>
        </span>
      ) : null}
      {item.status === 'DUPLICATE' && !item.duplicateOf && item.duplicateOfItem ? (
        <span className="import-row-note">
          {t('table.duplicateOf')} <a href={`/admin/import/${batchId}/items/${item.duplicateOfItem.id}`}>{item.duplicateOfItem.fileName}</a>
        </span>
      ) : null}
      {item.status === 'CREATED' && item.article ? (
        <span className="import-row-note"><a href={`/admin/articles/${item.article.id}`}>{t('table.openArticle')}</a></span>
      ) : null}
      {item.summary && item.summary.nearDuplicates > 0 && item.status !== 'DUPLICATE' ? (
        <span className="import-row-note import-warning">{t('table.nearDuplicates', { count: item.summary.nearDuplicates })}</span>
      ) : null}
    </>
  );
}
