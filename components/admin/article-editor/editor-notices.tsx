'use client';

import { useTranslations } from 'next-intl';
import { EditorNotice } from './editor-notice';
import type { useConflictResolution } from './use-conflict-resolution';
import type { useLocalDraftRecovery } from './use-local-draft-recovery';

interface EditorNoticesProps {
  recovery: ReturnType<typeof useLocalDraftRecovery>;
  conflicts: ReturnType<typeof useConflictResolution>;
}

/** Edits brought back from this browser, and my version set aside (took theirs, restored a revision), each with a way back. */
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
      {conflicts.setAside ? (
        <EditorNotice
          tone="info"
          label={t(`${conflicts.setAside.reason}Label`)}
          actions={
            <>
              <button type="button" onClick={conflicts.restoreSetAside}>{t('restoreMine')}</button>
              <button type="button" className="link-button" onClick={conflicts.forgetSetAside}>{t('dismiss')}</button>
            </>
          }
        >
          {t(conflicts.setAside.reason)}
        </EditorNotice>
      ) : null}
    </>
  );
}
