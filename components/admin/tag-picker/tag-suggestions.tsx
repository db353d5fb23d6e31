'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { ArticleTagSuggestion } from '@/lib/tags/suggest-tags-for-article';

interface TagSuggestionsProps {
  suggestions: readonly ArticleTagSuggestion[];
  disabled: boolean;
  onAdd: (name: string) => void;
  onRefresh: () => void;
}

/** Existing tags that fit the text, each added with one click. */
export function TagSuggestions({ suggestions, disabled, onAdd, onRefresh }: TagSuggestionsProps) {
  const t = useTranslations('tagPicker');
  const headingId = useId();
  return (
    <div className="tag-suggestions" role="group" aria-labelledby={headingId}>
      <span id={headingId} className="tag-suggestions__heading">{t('suggestions')}</span>
      {suggestions.length === 0 ? <span className="tag-suggestions__none">{t('noSuggestions')}</span> : null}
      {suggestions.map((suggestion) => (
        <button key={suggestion.slug} type="button" className="tag-suggestion" disabled={disabled} onClick={() => onAdd(suggestion.name)}>
          + {suggestion.name}
          {suggestion.via ? <small> ({t('viaAlias', { alias: suggestion.via })})</small> : null}
        </button>
      ))}
      <button type="button" className="tag-suggestions__refresh" aria-label={t('refreshSuggestions')} title={t('refreshSuggestions')} disabled={disabled} onClick={onRefresh}>
        ↻
      </button>
    </div>
  );
}
