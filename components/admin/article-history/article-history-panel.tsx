'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { RevisionCompare } from './revision-compare';
import { RevisionList } from './revision-list';
import { useRevisionList } from './use-revision-list';
import './article-history.css';

interface ArticleHistoryPanelProps {
  articleId: string;
  /** The version the editor holds: the list refreshes when it changes, and a restore is based on it. */
  currentVersion: number;
  /** Called after a restore was saved, with the article's new version: reload the article then. */
  onRestored: (result: { version: number }) => void;
  /** The site's time zone for revision times; Asia/Shanghai by default. */
  timeZone?: string;
  id?: string;
}

/** The article's revisions, a diff between any two of them, and restoring one as a new version. */
export function ArticleHistoryPanel({ articleId, currentVersion, onRestored, timeZone = 'Asia/Shanghai', id }: ArticleHistoryPanelProps) {
  const t = useTranslations('history');
  const headingId = useId();
  const { state, retry } = useRevisionList(articleId, currentVersion);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [otherId, setOtherId] = useState('current');
  const selected = state.revisions.find((revision) => revision.id === selectedId) ?? null;
  // A revision chosen as the other side that has since left the list falls back to the article now.
  const other = otherId === 'current' || state.revisions.some((revision) => revision.id === otherId) ? otherId : 'current';

  const select = (revisionId: string) => {
    setSelectedId(revisionId);
    if (revisionId === otherId) setOtherId('current');
  };

  return (
    <section id={id} className="history-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="history-panel__hint">{t('hint')}</p>
      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && state.revisions.length === 0 ? <p>{t('loading')}</p> : null}
        {state.kind === 'failed' ? (
          <p className="form-error">
            {t('loadFailed')} <button type="button" onClick={retry}>{t('retry')}</button>
          </p>
        ) : null}
      </div>
      {state.kind !== 'loading' || state.revisions.length > 0 ? (
        <RevisionList revisions={state.revisions} selectedId={selectedId} timeZone={timeZone} onSelect={select} />
      ) : null}
      {selected ? (
        <RevisionCompare
          articleId={articleId}
          revisions={state.revisions}
          selected={selected}
          otherId={other}
          currentVersion={currentVersion}
          timeZone={timeZone}
          onOtherChange={setOtherId}
          onRestored={(result) => {
            setSelectedId(null);
            setOtherId('current');
            onRestored(result);
          }}
        />
      ) : null}
    </section>
  );
}
