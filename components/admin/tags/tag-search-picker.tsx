'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { searchTagsForAdminAction } from '@/app/(admin)/admin/tags/actions';

export interface PickedTag {
  id: string;
  name: string;
}

interface Hit extends PickedTag {
  slug: string;
  matchedAlias: string | null;
}

interface TagSearchPickerProps {
  label: string;
  value: PickedTag | null;
  onChange: (tag: PickedTag | null) => void;
  /** The tag being edited: it cannot be its own parent or merge target. */
  excludeId?: string;
  error?: React.ReactNode;
}

/** Picks one tag by searching (name, alias, slug or pinyin, either script): a select of 10,000 tags would not do. */
export function TagSearchPicker({ label, value, onChange, excludeId, error }: TagSearchPickerProps) {
  const t = useTranslations('tagAdmin.picker');
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; hits: Hit[] } | null>(null);
  const trimmed = query.trim();
  // Only the answer to what is in the box now: nothing while a newer search is on its way.
  const hits = found !== null && found.query === trimmed ? found.hits : null;

  useEffect(() => {
    if (trimmed === '') return;
    let isCurrent = true;
    const timer = setTimeout(async () => {
      const result = await searchTagsForAdminAction({ query: trimmed.slice(0, 50) }).catch(() => null);
      if (isCurrent) setFound({ query: trimmed, hits: result?.ok ? result.data.filter((hit) => hit.id !== excludeId) : [] });
    }, 200);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [trimmed, excludeId]);

  return (
    <div className="field tag-picker-field">
      <label htmlFor={id}>{label}</label>
      <p className="tag-picker-field__value" aria-live="polite">
        {value ? t('selected', { name: value.name }) : `${label}: ${t('none')}`}{' '}
        {value ? <button type="button" className="link-button" onClick={() => onChange(null)}>{t('clear')}</button> : null}
      </p>
      <input
        id={id}
        type="search"
        value={query}
        maxLength={50}
        placeholder={t('placeholder')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks nothing by itself and must not submit the surrounding form.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      {error ? <span>{error}</span> : null}
      {hits === null ? null : hits.length === 0 ? <p>{t('noResults')}</p> : (
        <ul aria-label={t('results')} className="tag-picker-field__hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                aria-label={t('choose', { name: hit.name })}
                onClick={() => {
                  onChange({ id: hit.id, name: hit.name });
                  setQuery('');
                }}
              >
                {hit.name} <code>{hit.slug}</code>{hit.matchedAlias ? <small> · {t('viaAlias', { alias: hit.matchedAlias })}</small> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
