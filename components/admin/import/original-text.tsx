import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImportItemResult } from '@/lib/import-batches/import-batch-types';
import { alignOriginalLines } from './align-original-lines';

export async function OriginalText({ result }: { result: ImportItemResult }) {
  const [t, tRule, format] = await Promise.all([getTranslations('import.item'), getTranslations('import.rules'), getFormatter()]);
  const { lines, unlocatedRemovals } = alignOriginalLines(result.original, result.report.removedLines, result.report.repairs);
  return (
    <section className="import-pane" aria-labelledby="import-original-heading">
      <h2 id="import-original-heading">{t('originalHeading')} <small>{t('originalHint')}</small></h2>
      <ol className="import-original">
        {lines.map((line) => (
          <li key={line.number} value={line.number} className={line.removedBy ? 'is-removed' : undefined}>
            {line.removedBy ? <span className="import-rule">{t('removedBy', { rule: tRule(line.removedBy) })}</span> : null}
            <span className="import-line-text">
              {line.segments.map((segment, index) =>
                segment.kind === 'text' ? segment.text : (
                  <span key={index} className="import-repair">
                    <del>{segment.before}</del>
                    <span className="visually-hidden">{t('repairedTo')}</span>
                    <span aria-hidden="true"> → </span>
                    <ins>{segment.after}</ins>
                    <small> ({t('repairValue', { confidence: format.number(segment.confidence, { style: 'percent', maximumFractionDigits: 0 }) })})</small>
                  </span>
                ),
              )}
            </span>
          </li>
        ))}
      </ol>
      {unlocatedRemovals.length > 0 ? (
        <>
          <h3>{t('unlocatedHeading')}</h3>
          <p className="import-hint">{t('unlocatedHint')}</p>
          <ul className="import-original import-unlocated">
            {unlocatedRemovals.map((removed, index) => (
              <li key={index} className="is-removed">
                <span className="import-rule">{t('removedBy', { rule: tRule(removed.rule) })}</span>
                <span className="import-line-text">{removed.line}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
