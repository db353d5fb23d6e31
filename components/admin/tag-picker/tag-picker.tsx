'use client';

import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState } from 'react';
import { FieldError } from '@/components/admin/field-error';
import type { FieldErrorCode } from '@/lib/actions/action-result';
import { maxTagsPerArticle } from '@/lib/articles/article-input-schema';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { tagNameMaxLength } from '@/lib/tags/tag-input-schema';
import { TagChips } from './tag-chips';
import { TagCombobox } from './tag-combobox';
import { addTagNames, includesTagName, joinTagNames, moveTagName, parseTagNames, removeTagName, tagNameKey, type AddTagNamesProblem } from './tag-names';
import { TagSuggestions } from './tag-suggestions';
import { useTagSuggestions } from './use-tag-suggestions';
import './tag-picker.css';

export interface TagPickerProps {
  articleId: string;
  /** The tags field as the form holds it (names joined by separators); it stays the source of truth. */
  value: string;
  title: string;
  body: TiptapDoc;
  error: FieldErrorCode | undefined;
  readOnly: boolean;
  onChange: (value: string) => void;
}

/** The article's tags as ordered chips, with search, inline creation and suggestions from the text. */
export function TagPicker({ articleId, value, title, body, error, readOnly, onChange }: TagPickerProps) {
  const t = useTranslations('tagPicker');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const names = useMemo(() => parseTagNames(value), [value]);
  const [newKeys, setNewKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [problem, setProblem] = useState<AddTagNamesProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { suggestions, refresh } = useTagSuggestions({ articleId, title, body, chosen: names, enabled: !readOnly });
  const openSuggestions = suggestions.filter((suggestion) => !includesTagName(names, suggestion.name));

  const add = (text: string, isNew: boolean): boolean => {
    const result = addTagNames(names, text);
    setProblem(result.problem);
    if (result.added.length > 0) {
      onChange(joinTagNames(result.names));
      if (isNew) setNewKeys((keys) => new Set([...keys, ...result.added.map(tagNameKey)]));
      setAnnouncement(t('added', { name: result.added.join('、') }));
    }
    return result.problem !== 'tooLong';
  };

  const move = (index: number, offset: number) => {
    const next = moveTagName(names, index, offset);
    const name = names[index] ?? '';
    onChange(joinTagNames(next));
    setAnnouncement(t('moved', { name, position: next.indexOf(name) + 1 }));
  };

  const remove = (index: number) => {
    onChange(joinTagNames(removeTagName(names, index)));
    setProblem(null);
    setAnnouncement(t('removed', { name: names[index] ?? '' }));
    inputRef.current?.focus();
  };

  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, problem ? problemId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className="field tag-picker">
      <label htmlFor={id}>{t('label')}</label>
      <TagChips names={names} newKeys={newKeys} disabled={readOnly} onMove={move} onRemove={remove} />
      <TagCombobox id={id} inputRef={inputRef} chosen={names} disabled={readOnly} invalid={Boolean(error || problem)} describedBy={describedBy} onAdd={add} />
      <small id={hintId}>{t('hint')}</small>
      {problem ? (
        <span id={problemId} className="field-error">
          {problem === 'tooLong' ? t('tooLong', { max: tagNameMaxLength }) : t('tooMany', { max: maxTagsPerArticle })}
        </span>
      ) : null}
      {error ? (
        <span id={errorId}>
          <FieldError code={error} />
        </span>
      ) : null}
      <TagSuggestions suggestions={openSuggestions} disabled={readOnly} onAdd={(name) => add(name, false)} onRefresh={refresh} />
      {/* aria-live without role="status": the page keeps one status region, the save announcement. */}
      <p aria-live="polite" className="visually-hidden">{announcement}</p>
    </div>
  );
}
