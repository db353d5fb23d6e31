'use client';

import { useEffect, useRef, useState } from 'react';
import { searchTagsAction } from '@/app/(admin)/admin/articles/[id]/tag-actions';
import { tagNameMaxLength } from '@/lib/tags/tag-input-schema';
import type { TagSearchHit } from '@/lib/tags/search-tags';

const searchDelayMs = 200;

export interface TagSearchState {
  /** The hits of the newest answered query (kept while the next one is on its way). */
  hits: TagSearchHit[];
  /** True when `hits` answer the query as typed now. */
  isCurrent: boolean;
}

/**
 * Searches existing tags as the editor types, a moment after the typing pauses; an answer that
 * arrives after a newer request was sent is dropped.
 */
export function useTagSearch(query: string): TagSearchState {
  const trimmed = query.trim().slice(0, tagNameMaxLength);
  const [answer, setAnswer] = useState<{ query: string; hits: TagSearchHit[] }>({ query: '', hits: [] });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    if (trimmed === '') return;
    const timer = setTimeout(() => {
      searchTagsAction({ query: trimmed })
        .then((result) => (result.ok ? result.data : []))
        .catch(() => [])
        .then((hits) => {
          if (request === latest.current) setAnswer({ query: trimmed, hits });
        });
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [trimmed]);

  if (trimmed === '') return { hits: [], isCurrent: true };
  return { hits: answer.hits, isCurrent: answer.query === trimmed };
}
