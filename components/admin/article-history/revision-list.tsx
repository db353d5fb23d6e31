'use client';

import { useTranslations } from 'next-intl';
import type { RevisionSummary } from '@/lib/revisions/list-revisions';
import { useRevisionLabel } from './use-revision-label';

interface RevisionListProps {
  revisions: RevisionSummary[];
  selectedId: string | null;
  timeZone: string;
  onSelect: (id: string) => void;
}

/** Newest first: who saved, when and why; choosing one compares it with the article now. */
export function RevisionList({ revisions, selectedId, timeZone, onSelect }: RevisionListProps) {
  const t = useTranslations('history');
  const label = useRevisionLabel(timeZone);
  if (revisions.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="revision-list">
      {revisions.map((revision) => (
        <li key={revision.id}>
          <button
            type="button"
            className="revision-list__item"
            aria-pressed={revision.id === selectedId}
            onClick={() => onSelect(revision.id)}
          >
            <span className="revision-list__head">
              <strong>{label.version(revision)}</strong> · {label.reason(revision)}
            </span>
            <span className="revision-list__meta">
              {revision.authorName ?? t('unknownAuthor')} · <time dateTime={revision.updatedAt}>{label.time(revision.updatedAt)}</time>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
