'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { splitFinishedNames } from './tag-names';
import { defaultOptionIndex, tagOptions, type TagOption } from './tag-options';
import { useTagSearch } from './use-tag-search';

interface TagComboboxProps {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  chosen: readonly string[];
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  /** Adds typed text or a found tag; true when the typed text is used up and can be cleared. */
  onAdd: (text: string, isNew: boolean) => boolean;
}

/** The text box of the tag picker: an ARIA combobox whose listbox holds found tags and "create". */
export function TagCombobox({ id, inputRef, chosen, disabled, invalid, describedBy, onAdd }: TagComboboxProps) {
  const t = useTranslations('tagPicker');
  const listboxId = useId();
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  // null until an arrow key moves the highlight: then the default (an exact match) applies.
  const [movedIndex, setMovedIndex] = useState<number | null>(null);
  const search = useTagSearch(query);
  const options = tagOptions({ query, hits: search.hits, isCurrent: search.isCurrent, chosen });
  const isExpanded = isOpen && !disabled && options.length > 0;
  const activeIndex = isExpanded ? Math.min(movedIndex ?? defaultOptionIndex(options, search.isCurrent), options.length - 1) : -1;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  const changeQuery = (text: string) => {
    setQuery(text);
    setMovedIndex(null);
  };

  const take = (text: string, isNew: boolean) => {
    if (onAdd(text, isNew)) changeQuery('');
  };

  const choose = (option: TagOption) => (option.kind === 'tag' ? take(option.hit.name, false) : take(option.name, true));

  const onType = (text: string) => {
    setIsOpen(true);
    // A separator ends a name: everything before the last one becomes chips at once.
    const { finished, typing } = splitFinishedNames(text);
    if (finished !== '') onAdd(finished, true);
    changeQuery(typing);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setIsOpen(true);
        if (count > 0) setMovedIndex(isExpanded ? (activeIndex + 1) % count : Math.max(activeIndex, 0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setIsOpen(true);
        if (count > 0) setMovedIndex(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        const active = options[activeIndex];
        if (active) choose(active);
        else if (query.trim() !== '') take(query, true);
        break;
      }
      case 'Escape':
        if (isExpanded) {
          event.preventDefault();
          setIsOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          changeQuery('');
        }
        break;
      case 'Tab':
        setIsOpen(false);
        break;
    }
  };

  return (
    <div className="tag-combobox">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isExpanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        disabled={disabled}
        value={query}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setIsOpen(false)}
      />
      <ul id={listboxId} role="listbox" aria-label={t('results')} className="tag-combobox__listbox" hidden={!isExpanded}>
        {options.map((option, index) => (
          <li
            key={option.kind === 'tag' ? option.hit.id : 'create'}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={`tag-option${index === activeIndex ? ' tag-option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.kind === 'tag' ? (
              <>
                <span>{option.hit.name}</span>
                {option.hit.matchedAlias ? <small>{t('viaAlias', { alias: option.hit.matchedAlias })}</small> : null}
                <small className="tag-option__count">{t('articleCount', { count: option.hit.articleCount })}</small>
              </>
            ) : (
              <span>{t('create', { name: option.name })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
