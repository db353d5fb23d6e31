'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { suggestTagsAction } from '@/app/(admin)/admin/articles/[id]/tag-actions';
import { maxTagsPerArticle, titleMaxLength } from '@/lib/articles/article-input-schema';
import { maxArticleCharacters } from '@/lib/import/check-article-size';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { tagNameMaxLength } from '@/lib/tags/tag-input-schema';
import type { ArticleTagSuggestion } from '@/lib/tags/suggest-tags-for-article';

// Suggestions need the text as a whole, so they wait for a real pause in the writing.
const suggestDelayMs = 1500;

interface TagSuggestionsInput {
  articleId: string;
  title: string;
  body: TiptapDoc;
  chosen: readonly string[];
  enabled: boolean;
}

/**
 * Existing tags that fit the article's text: asked for when the editor opens, after the title or
 * body text changed and paused, and on demand. A failed request just means no suggestions.
 */
export function useTagSuggestions({ articleId, title, body, chosen, enabled }: TagSuggestionsInput) {
  const bodyText = useMemo(() => docToPlainText(body), [body]);
  const [suggestions, setSuggestions] = useState<ArticleTagSuggestion[]>([]);
  const [refreshes, setRefreshes] = useState(0);
  const latest = useRef(0);
  const isImmediate = useRef(true);
  const chosenRef = useRef(chosen);

  useEffect(() => {
    chosenRef.current = chosen;
  }, [chosen]);

  useEffect(() => {
    if (!enabled) return;
    const request = ++latest.current;
    const delay = isImmediate.current ? 0 : suggestDelayMs;
    const timer = setTimeout(() => {
      isImmediate.current = false;
      const tags = chosenRef.current.filter((name) => name.length <= tagNameMaxLength).slice(0, maxTagsPerArticle);
      suggestTagsAction({ articleId, title: title.slice(0, titleMaxLength), bodyText: bodyText.slice(0, maxArticleCharacters), tags })
        .then((result) => (result.ok ? result.data : []))
        .catch(() => [])
        .then((found) => {
          if (request === latest.current) setSuggestions(found);
        });
    }, delay);
    return () => clearTimeout(timer);
  }, [articleId, title, bodyText, enabled, refreshes]);

  const refresh = useCallback(() => {
    isImmediate.current = true;
    setRefreshes((count) => count + 1);
  }, []);

  return { suggestions, refresh };
}
