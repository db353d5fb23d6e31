import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImportItemResult } from '@/lib/import-batches/import-batch-types';

/** What the importer changed and what an editor should look at, above the side-by-side view. */
export async function ReportSummary({ result }: { result: ImportItemResult }) {
  const [t, format] = await Promise.all([getTranslations('import.item'), getFormatter()]);
  const { report, nearDuplicates } = result;
  return (
    <section className="import-report-summary" aria-labelledby="import-summary-heading">
      <h2 id="import-summary-heading">{t('summaryHeading')}</h2>
      <ul className="import-counts">
        <li className="import-count">{t('pinyinStripped', { count: report.pinyinStripped })}</li>
        <li className="import-count">{t('repairCount', { count: report.repairs.length })}</li>
        <li className="import-count">{t('removedCount', { count: report.removedLines.length })}</li>
        {report.needsReview ? <li className="import-count import-count-failed">{t('needsReview')}</li> : null}
      </ul>
      {report.warnings.length > 0 ? (
        <div className="notice notice-warning">
          <h3>{t('warningsHeading')}</h3>
          <ul>{report.warnings.map((warning, index) => <li key={index}>{warning}</li>)}</ul>
          <p className="import-hint">{t('warningsNote')}</p>
        </div>
      ) : null}
      {nearDuplicates.length > 0 ? (
        <div className="notice notice-warning">
          <h3>{t('nearDuplicatesHeading')}</h3>
          <ul>
            {nearDuplicates.map((duplicate) => (
              <li key={duplicate.articleId}>
                <Link href={`/admin/articles/${duplicate.articleId}`}>{duplicate.title}</Link>
                {' '}<small>{t('distance', { distance: duplicate.distance })}</small>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.repairs.length > 0 ? (
        <>
          <h3>{t('repairsHeading')}</h3>
          <ul className="import-repair-list">
            {report.repairs.map((repair, index) => (
              <li key={index}>
                <del>{repair.before}</del>
                <span className="visually-hidden">{t('repairedTo')}</span>
                <span aria-hidden="true"> → </span>
                <ins>{repair.after}</ins>
                {' '}<small>({t('repairValue', { confidence: format.number(repair.confidence, { style: 'percent', maximumFractionDigits: 0 }) })})</small>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
