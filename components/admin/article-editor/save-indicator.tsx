'use client';

import { useTranslations } from 'next-intl';
import { saveIndicatorState, type AutosaveState } from './autosave-reducer';
import { formatClockTime } from './format-clock-time';
import type { ArticleStatus } from './server-meta';

interface SaveIndicatorProps {
  state: AutosaveState;
  status: ArticleStatus;
  isAutosaved: boolean;
  timeZone: string;
}

/** Where the editor's work stands: unsaved, saving, saved at 14:02, offline, refused. */
export function SaveIndicator({ state, status, isAutosaved, timeZone }: SaveIndicatorProps) {
  const t = useTranslations('articleForm.saveState');
  const tErrors = useTranslations('errors');
  const current = saveIndicatorState(state);
  let text: string;
  switch (current) {
    case 'saved':
      text = state.savedAt ? t('savedAt', { time: formatClockTime(state.savedAt, timeZone) }) : t('saved');
      break;
    case 'dirty':
      text = isAutosaved ? t('dirty') : t(status === 'ARCHIVED' ? 'dirtyArchived' : 'dirtyPublished');
      break;
    case 'saving':
      text = t('saving');
      break;
    case 'offline':
      text = isAutosaved ? t('offlineRetrying') : t('offline');
      break;
    case 'failed':
      text = t('failed', { message: state.rejection ? tErrors(state.rejection.error) : '' });
      break;
    case 'conflict':
      text = t('conflict');
      break;
  }
  return (
    <span className={`save-indicator save-indicator--${current}`} data-state={current}>
      {text}
    </span>
  );
}
