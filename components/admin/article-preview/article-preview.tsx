'use client';

import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { isHandOverCurrent, parseStoredPreview } from './parse-stored-preview';
import { PreviewBar } from './preview-bar';
import { readPreviewText, subscribePreviewState } from './preview-storage';
import { previewViewModel } from './preview-view-model';

interface ArticlePreviewProps {
  articleId: string;
  status: string;
  isTrashed: boolean;
  /** The saved version: a hand-over built on an older one is out of date. */
  savedVersion: number;
  savedTags: readonly { name: string; slug: string | null }[];
  /** The saved article, rendered on the server. */
  children: ReactNode;
}

/**
 * The saved article, or the editor's unsaved state when it handed one over built on the saved
 * version; follows further hand-overs live (the editor stores again on "preview" and after each
 * of its saves, and this tab re-renders).
 */
export function ArticlePreview({ articleId, status, isTrashed, savedVersion, savedTags, children }: ArticlePreviewProps) {
  const text = useSyncExternalStore(
    (onChange) => subscribePreviewState(articleId, onChange),
    () => readPreviewText(articleId),
    () => null,
  );
  const unsaved = useMemo(() => {
    const stored = parseStoredPreview(text);
    if (!stored || !isHandOverCurrent(stored, savedVersion)) return null;
    // Its own hand-over time stands in for "now" for a date the article does not have yet.
    return { view: previewViewModel(stored, savedTags, new Date(stored.storedAt)), status: stored.meta.status };
  }, [text, savedVersion, savedTags]);
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
