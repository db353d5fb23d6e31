'use client';

import { useTranslations } from 'next-intl';
import type { FieldChange } from '@/lib/revisions/diff-article-versions';

function FieldValue({ change, value }: { change: FieldChange; value: string }) {
  const t = useTranslations('history.diff');
  if (change.field === 'needsReview' || change.field === 'excerptAuto') return <>{t(value === 'true' ? 'yes' : 'no')}</>;
  if (change.field === 'script') return <>{t(value === 'HANT' ? 'scriptHant' : 'scriptHans')}</>;
  if (value === '') return <span className="diff-empty">{t('emptyValue')}</span>;
  return <>{value}</>;
}

export function DiffFieldTable({ changes, beforeLabel, afterLabel }: { changes: FieldChange[]; beforeLabel: string; afterLabel: string }) {
  const t = useTranslations('history');
  return (
    <table className="data-table diff-field-table">
      <caption>{t('diff.fieldsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diff.fieldColumn')}</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{t(`fields.${change.field}`)}</th>
            <td className="diff-field-before"><FieldValue change={change} value={change.before} /></td>
            <td className="diff-field-after"><FieldValue change={change} value={change.after} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
