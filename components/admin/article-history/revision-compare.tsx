'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { RevisionSummary } from '@/lib/revisions/list-revisions';
import { ArticleDiffView } from './article-diff-view';
import { RestoreRevisionControl } from './restore-revision-control';
import { useRevisionDiff } from './use-revision-diff';
import { useRevisionLabel } from './use-revision-label';

interface RevisionCompareProps {
  articleId: string;
  revisions: RevisionSummary[];
  selected: RevisionSummary;
  /** A revision id or 'current'. */
  otherId: string;
  currentVersion: number;
  timeZone: string;
  onOtherChange: (id: string) => void;
  onRestored: (result: { version: number }) => void;
}

/** The chosen revision against another (the article now by default), older on the left of the diff. */
export function RevisionCompare({ articleId, revisions, selected, otherId, currentVersion, timeZone, onOtherChange, onRestored }: RevisionCompareProps) {
  const t = useTranslations('history');
  const label = useRevisionLabel(timeZone);
  const selectId = useId();
  const position = (id: string) => (id === 'current' ? -1 : revisions.findIndex((revision) => revision.id === id));
  // The list is newest first: a larger index is older.
  const selectedIsOlder = position(selected.id) > position(otherId);
  const [fromId, toId] = selectedIsOlder ? [selected.id, otherId] : [otherId, selected.id];
  const diff = useRevisionDiff(articleId, fromId, toId, currentVersion);
  const nameOf = (id: string) => {
    if (id === 'current') return t('current');
    const revision = revisions.find((candidate) => candidate.id === id);
    return revision ? label.version(revision) : '';
  };

  return (
    <section className="revision-compare" aria-label={t('compareHeading')}>
      <h3>{t('compareHeading')}</h3>
      <p className="revision-compare__pick">
        <label htmlFor={selectId}>{t('compareWith', { version: label.version(selected) })}</label>{' '}
        <select id={selectId} value={otherId} onChange={(event) => onOtherChange(event.target.value)}>
          <option value="current">{t('current')}</option>
          {revisions.filter((revision) => revision.id !== selected.id).map((revision) => (
            <option key={revision.id} value={revision.id}>{`${label.version(revision)} · ${label.reason(revision)} · ${label.time(revision.updatedAt)}`}</option>
          ))}
        </select>
      </p>
      <RestoreRevisionControl articleId={articleId} revision={selected} currentVersion={currentVersion} onRestored={onRestored} />
      <div aria-live="polite" aria-busy={diff.kind === 'loading'}>
        {diff.kind === 'loading' ? <p>{t('loadingDiff')}</p> : null}
        {diff.kind === 'failed' ? <p className="form-error">{t('diffFailed')}</p> : null}
      </div>
      {diff.kind === 'ready' ? <ArticleDiffView diff={diff.diff} beforeLabel={nameOf(fromId)} afterLabel={nameOf(toId)} /> : null}
    </section>
  );
}
