'use client';

import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { parseStoredPreview } from './parse-stored-preview';
import { PreviewBar } from './preview-bar';
import { readPreviewText, subscribePreviewState } from './preview-storage';
import { previewViewModel } from './preview-view-model';

interface ArticlePreviewProps {
  articleId: string;
  status: string;
  isTrashed: boolean;
  /** ISO time of the last save: a hand-over from before it is out of date. */
  savedAt: string;
  savedTags: readonly { name: string; slug: string | null }[];
  /** The saved article, rendered on the server. */
  children: ReactNode;
}

/**
 * The saved article, or the editor's unsaved state when it handed one over after the last save;
 * follows further hand-overs live (the editor stores again, this tab re-renders).
 */
export function ArticlePreview({ articleId, status, isTrashed, savedAt, savedTags, children }: ArticlePreviewProps) {
  const text = useSyncExternalStore(
    (onChange) => subscribePreviewState(articleId, onChange),
    () => readPreviewText(articleId),
    () => null,
  );
  const unsaved = useMemo(() => {
    const stored = parseStoredPreview(text);
    if (!stored || Date.parse(stored.storedAt) < Date.parse(savedAt)) return null;
    // Its own hand-over time stands in for "now" for a date the article does not have yet.
    return { view: previewViewModel(stored, savedTags, new Date(stored.storedAt)), status: stored.meta.status };
  }, [text, savedAt, savedTags]);
  const shownStatus = unsaved?.status ?? status;

  return (
    <>
      <PreviewBar articleId={articleId} status={shownStatus} isTrashed={isTrashed} showsUnsavedChanges={unsaved !== null} />
      <div className="preview-article">
        {unsaved ? <ArticleView article={unsaved.view} variant="zh-hans" archived={shownStatus === 'ARCHIVED'} /> : children}
      </div>
    </>
  );
}
