'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { RevisionSummary } from '@/lib/revisions/list-revisions';

/** Words for a revision: "版本 5", its reason in the UI language, and its time in the site's time zone. */
export function useRevisionLabel(timeZone: string) {
  const t = useTranslations('history');
  const format = useFormatter();
  return {
    version: (revision: Pick<RevisionSummary, 'version'>) => t('versionLabel', { version: revision.version }),
    reason: (revision: Pick<RevisionSummary, 'reason' | 'restoredVersion'>) => {
      const key = `reason.${revision.reason}`;
      const reason = t.has(key) ? t(key) : revision.reason;
      return revision.restoredVersion === null ? reason : t('restoredFrom', { reason, version: revision.restoredVersion });
    },
    time: (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  };
}
