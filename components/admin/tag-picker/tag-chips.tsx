'use client';

import { useTranslations } from 'next-intl';
import { tagNameKey } from './tag-names';

interface TagChipsProps {
  names: readonly string[];
  /** Keys (tagNameKey) of names typed as new tags, created when the article is saved. */
  newKeys: ReadonlySet<string>;
  disabled: boolean;
  onMove: (index: number, offset: number) => void;
  onRemove: (index: number) => void;
}

/**
 * The chosen tags in order, the first marked as the primary topic. The end buttons stay
 * focusable (aria-disabled) so moving a tag to an end does not drop the keyboard focus.
 */
export function TagChips({ names, newKeys, disabled, onMove, onRemove }: TagChipsProps) {
  const t = useTranslations('tagPicker');
  if (names.length === 0) return <p className="tag-picker__empty">{t('none')}</p>;
  return (
    <ul className="tag-picker__chips" aria-label={t('chosen')}>
      {names.map((name, index) => {
        const isFirst = index === 0;
        const isLast = index === names.length - 1;
        return (
          <li key={tagNameKey(name)} className={`tag-chip${isFirst ? ' tag-chip--primary' : ''}`}>
            <span className="tag-chip__name">{name}</span>
            {isFirst ? <span className="tag-chip__badge">{t('primary')}</span> : null}
            {newKeys.has(tagNameKey(name)) ? (
              <span className="tag-chip__badge tag-chip__badge--new" title={t('newTitle')}>
                {t('new')}
              </span>
            ) : null}
            <button
              type="button"
              aria-label={t('moveUp', { name })}
              aria-disabled={isFirst || undefined}
              disabled={disabled}
              onClick={() => (isFirst ? undefined : onMove(index, -1))}
            >
              ←
            </button>
            <button
              type="button"
              aria-label={t('moveDown', { name })}
              aria-disabled={isLast || undefined}
              disabled={disabled}
              onClick={() => (isLast ? undefined : onMove(index, 1))}
            >
              →
            </button>
            <button type="button" aria-label={t('remove', { name })} disabled={disabled} onClick={() => onRemove(index)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
