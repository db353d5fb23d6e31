'use client';

import { useTranslations } from 'next-intl';
import type { DiffSegment } from '@/lib/revisions/diff-article-versions';

// <ins> and <del> are not announced by most screen readers, so each carries hidden start/end words.
export function DiffSegmentText({ segment }: { segment: DiffSegment }) {
  const t = useTranslations('history.diff');
  if (segment.kind === 'same') return <>{segment.text}</>;
  const Tag = segment.kind === 'added' ? 'ins' : 'del';
  return (
    <Tag className={`diff-${segment.kind}`}>
      <span className="visually-hidden">{t(`${segment.kind}Start`)}</span>
      {segment.text}
      <span className="visually-hidden">{t(`${segment.kind}End`)}</span>
    </Tag>
  );
}
