import { getTranslations } from 'next-intl/server';
import type { ImportItemRow } from '@/lib/import-batches/import-batch-types';
import { ItemStatus } from './item-status';
import { SelectAllReady } from './select-all-ready';

// Plain server-rendered rows with plain links (no client component per row): a batch of
// thousands of files stays one table and one form.
export async function ItemTable({ batchId, items }: { batchId: string; items: ImportItemRow[] }) {
  const [t, tImport] = await Promise.all([getTranslations('import.table'), getTranslations('import')]);
  const none = t('none');
  return (
    <div className="import-table-scroll" role="region" aria-label={t('scrollLabel')} tabIndex={0}>
      <table className="data-table import-table">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col"><SelectAllReady label={t('selectAllReady')} /></th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('titleAndFile')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('byline')}</th>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('encoding')}</th>
            <th scope="col" className="num">{t('pinyin')}</th>
            <th scope="col" className="num">{t('repairs')}</th>
            <th scope="col" className="num">{t('removed')}</th>
            <th scope="col" className="num">{t('warnings')}</th>
            <th scope="col">{t('review')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const summary = item.summary;
            const title = summary?.title ?? item.fileName;
            return (
              <tr key={item.id} className={`import-row-${item.status.toLowerCase()}`}>
                <td>
                  {item.status === 'READY'
                    ? <input type="checkbox" name="itemId" value={item.id} aria-label={t('selectRow', { title })} />
                    : null}
                </td>
                <td><ItemStatus item={item} batchId={batchId} t={tImport} /></td>
                <th scope="row" className="import-title-cell">
                  <a href={`/admin/import/${batchId}/items/${item.id}`}>{title}</a>
                  {summary?.titleIsProposed ? <span className="badge badge-warning">{t('proposed')}</span> : null}
                  {summary ? <span className="import-file-name">{item.fileName}</span> : null}
                </th>
                <td>{summary?.sourceName ?? none}</td>
                <td>{summary?.byline ?? none}</td>
                <td>{summary?.originalPublishedAt ?? none}</td>
                <td>{summary?.encoding ?? none}</td>
                <td className="num">{summary?.pinyinStripped ?? none}</td>
                <td className="num">{summary?.repairs ?? none}</td>
                <td className="num">{summary?.removedLines ?? none}</td>
                <td className="num">{summary?.warnings ?? none}</td>
                <td>{summary?.needsReview ? <span className="badge badge-warning">{t('needsReview')}</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
