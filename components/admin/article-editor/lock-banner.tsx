'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { EditorNotice } from './editor-notice';
import { formatClockTime } from './format-clock-time';
import type { LockState } from './use-article-lock';

interface LockBannerProps {
  state: LockState;
  timeZone: string;
  onTakeOver: () => Promise<void>;
}

/** Who else has this article open: read-only until taken over, or a warning once they took it. */
export function LockBanner({ state, timeZone, onTakeOver }: LockBannerProps) {
  const t = useTranslations('articleForm.lock');
  const [isTakingOver, setIsTakingOver] = useState(false);
  if (state.kind !== 'other' && state.kind !== 'taken') return null;

  const takeOver = async () => {
    setIsTakingOver(true);
    try {
      await onTakeOver();
    } finally {
      setIsTakingOver(false);
    }
  };
  const values = { name: state.holderName, time: formatClockTime(state.since, timeZone) };
  return (
    <EditorNotice
      tone="warning"
      label={t('regionLabel')}
      actions={<button type="button" onClick={takeOver} disabled={isTakingOver}>{t(state.kind === 'other' ? 'takeOver' : 'takeBack')}</button>}
    >
      <strong>{t(state.kind === 'other' ? 'editing' : 'tookOver', values)}</strong> {t(state.kind === 'other' ? 'readOnlyHint' : 'tookOverHint')}
    </EditorNotice>
  );
}
