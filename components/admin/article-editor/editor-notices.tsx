'use client';

import { useTranslations } from 'next-intl';
import { EditorNotice } from './editor-notice';
import type { useConflictResolution } from './use-conflict-resolution';
import type { useLocalDraftRecovery } from './use-local-draft-recovery';

interface EditorNoticesProps {
  recovery: ReturnType<typeof useLocalDraftRecovery>;
  conflicts: ReturnType<typeof useConflictResolution>;
}

/** Edits brought back from this browser, and my version set aside by "take theirs", each with a way back. */
export function EditorNotices({ recovery, conflicts }: EditorNoticesProps) {
  const t = useTranslations('articleForm.notices');
  return (
    <>
      {recovery.isRecovered ? (
        <EditorNotice
          tone="info"
          label={t('recoveredLabel')}
          actions={
            <>
              <button type="button" onClick={recovery.discard}>{t('discard')}</button>
              <button type="button" className="link-button" onClick={recovery.dismiss}>{t('dismiss')}</button>
            </>
          }
        >
          {t('recovered')}
        </EditorNotice>
      ) : null}
      {conflicts.discardedMine ? (
        <EditorNotice
          tone="info"
          label={t('tookTheirsLabel')}
          actions={
            <>
              <button type="button" onClick={conflicts.restoreDiscardedMine}>{t('restoreMine')}</button>
              <button type="button" className="link-button" onClick={conflicts.forgetDiscardedMine}>{t('dismiss')}</button>
            </>
          }
        >
          {t('tookTheirs')}
        </EditorNotice>
      ) : null}
    </>
  );
}
