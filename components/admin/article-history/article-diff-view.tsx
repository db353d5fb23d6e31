'use client';

import { useTranslations } from 'next-intl';
import type { ArticleDiff } from '@/lib/revisions/diff-article-versions';
import { DiffBody } from './diff-body';
import { DiffFieldTable } from './diff-field-table';
import './article-history.css';

/** Two versions of an article side by side in one column: changed fields, then the body's changes. */
export function ArticleDiffView({ diff, beforeLabel, afterLabel }: { diff: ArticleDiff; beforeLabel: string; afterLabel: string }) {
  const t = useTranslations('history.diff');
  const bodyChanged = diff.body.some((block) => block.kind !== 'same');
  if (diff.fields.length === 0 && !bodyChanged) {
    return <p className="article-diff-view diff-no-changes">{t('noChanges', { before: beforeLabel, after: afterLabel })}</p>;
  }
  return (
    <div className="article-diff-view">
      <p className="diff-legend">
        <span className="diff-removed">{t('legendRemoved', { label: beforeLabel })}</span>{' '}
        <span className="diff-added">{t('legendAdded', { label: afterLabel })}</span>
      </p>
      {diff.fields.length > 0 ? <DiffFieldTable changes={diff.fields} beforeLabel={beforeLabel} afterLabel={afterLabel} /> : null}
      <section aria-label={t('bodyHeading')}>
        <h3 className="diff-body-heading">{t('bodyHeading')}</h3>
        {bodyChanged ? <DiffBody blocks={diff.body} /> : <p>{t('bodyUnchanged')}</p>}
      </section>
    </div>
  );
}
