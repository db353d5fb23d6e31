'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { ServerMeta } from './server-meta';
import { isPublic } from './server-meta';

interface EditorTopbarProps {
  meta: ServerMeta;
  saveIndicator: ReactNode;
  isHistoryOpen: boolean;
  historyPanelId: string;
  canDelete: boolean;
  onToggleHistory: () => void;
  onPreview: () => void;
  onMoveToTrash: () => void;
}

export function EditorTopbar({ meta, saveIndicator, isHistoryOpen, historyPanelId, canDelete, onToggleHistory, onPreview, onMoveToTrash }: EditorTopbarProps) {
  const t = useTranslations('articleForm.topbar');
  const tStatus = useTranslations('articles.status');
  return (
    <div className="article-workspace__topbar">
      <Link href="/admin">← {t('backToList')}</Link>
      <span className={`badge badge-${meta.status.toLowerCase()}`}>{tStatus(meta.status)}</span>
      {saveIndicator}
      <span className="article-workspace__topbar-end">
        {isPublic(meta) ? (
          <a href={`/articles/${meta.slug}`} target="_blank" rel="noreferrer">{t('viewPublic')}</a>
        ) : null}
        <button type="button" aria-expanded={isHistoryOpen} aria-controls={isHistoryOpen ? historyPanelId : undefined} onClick={onToggleHistory}>
          {t('history')}
        </button>
        <button type="button" onClick={onPreview}>{t('preview')}</button>
        {canDelete && meta.deletedAt === null ? (
          <button type="button" className="danger" onClick={onMoveToTrash}>{t('moveToTrash')}</button>
        ) : null}
      </span>
    </div>
  );
}
