'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { ArticleIntent } from '@/lib/articles/article-input-schema';
import type { ArticleDocument } from './use-article-document';
import type { SaveExtras, SaveOutcome } from './use-article-saver';

export interface Announcement {
  tone: 'ok' | 'error';
  text: string;
}

type ReviewRequest = { intent: 'publish' | 'schedule'; extras: SaveExtras };

const isGoingPublic = (intent: ArticleIntent): intent is 'publish' | 'schedule' => intent === 'publish' || intent === 'schedule';

/**
 * The buttons' saves (save, publish, schedule…), with the review confirmation before an article
 * flagged "needs review" goes public, and the result announced in the status line.
 */
export function usePublishActions(document: ArticleDocument, save: (intent: ArticleIntent, extras?: SaveExtras) => Promise<SaveOutcome>, timeZone: string) {
  const t = useTranslations('articleForm.done');
  const tErrors = useTranslations('errors');
  const format = useFormatter();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [reviewRequest, setReviewRequest] = useState<ReviewRequest | null>(null);
  const { fieldsRef, metaRef } = document;

  const announce = useCallback(
    (intent: ArticleIntent, outcome: SaveOutcome, statusBefore: string) => {
      switch (outcome.kind) {
        case 'saved': {
          const { result } = outcome;
          if (intent === 'unpublish') setAnnouncement({ tone: 'ok', text: t(`unpublishFrom${statusBefore}`) });
          else if (intent === 'schedule' && result.scheduledAt) {
            setAnnouncement({ tone: 'ok', text: t('schedule', { time: format.dateTime(new Date(result.scheduledAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }) }) });
          } else setAnnouncement({ tone: 'ok', text: t(intent === 'autosave' ? 'save' : intent) });
          break;
        }
        case 'offline':
          setAnnouncement({ tone: 'error', text: t('offline') });
          break;
        case 'conflict':
          setAnnouncement({ tone: 'error', text: t('conflict') });
          break;
        case 'rejected':
          setAnnouncement({ tone: 'error', text: tErrors(outcome.error) });
          break;
        case 'skipped':
          break;
      }
    },
    [t, tErrors, format, timeZone],
  );

  const run = useCallback(
    async (intent: ArticleIntent, extras: SaveExtras = {}) => {
      if (isGoingPublic(intent) && fieldsRef.current.needsReview && !extras.confirmReview) {
        setReviewRequest({ intent, extras });
        return;
      }
      const statusBefore = metaRef.current.status;
      setIsBusy(true);
      setAnnouncement(null);
      const outcome = await save(intent, extras);
      setIsBusy(false);
      if (outcome.kind === 'rejected' && isGoingPublic(intent) && outcome.fieldErrors.needsReview === 'needsConfirmation') {
        setReviewRequest({ intent, extras });
        return;
      }
      announce(intent, outcome, statusBefore);
    },
    [fieldsRef, metaRef, save, announce],
  );

  const confirmReview = useCallback(() => {
    if (!reviewRequest) return;
    setReviewRequest(null);
    void run(reviewRequest.intent, { ...reviewRequest.extras, confirmReview: true });
  }, [reviewRequest, run]);

  const cancelReview = useCallback(() => setReviewRequest(null), []);

  return { run, announce, announcement, isBusy, reviewIntent: reviewRequest?.intent ?? null, confirmReview, cancelReview };
}
