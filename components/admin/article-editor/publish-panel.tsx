'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { FieldErrorCode } from '@/lib/actions/action-result';
import type { ArticleIntent } from '@/lib/articles/article-input-schema';
import { ScheduleControl } from './schedule-control';
import type { ServerMeta } from './server-meta';
import type { SaveExtras } from './use-article-saver';

interface PublishPanelProps {
  meta: ServerMeta;
  timeZone: string;
  disabled: boolean;
  canPublish: boolean;
  errors: Record<string, FieldErrorCode>;
  onRun: (intent: ArticleIntent, extras?: SaveExtras) => void;
}

/** The publishing steps open to the article in its current status. */
export function PublishPanel({ meta, timeZone, disabled, canPublish, errors, onRun }: PublishPanelProps) {
  const t = useTranslations('articleForm.publish');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const button = (intent: ArticleIntent, label: string, primary = false) => (
    <button type="button" className={primary ? 'primary' : undefined} disabled={disabled} onClick={() => onRun(intent)}>
      {label}
    </button>
  );
  const schedule = (toggleLabel: string) => (
    <ScheduleControl
      key={meta.scheduledAtLocal}
      initialValue={meta.scheduledAtLocal}
      timeZone={timeZone}
      toggleLabel={toggleLabel}
      disabled={disabled}
      serverError={errors.scheduledAt}
      onSchedule={(scheduledAt) => onRun('schedule', { scheduledAt })}
    />
  );

  return (
    <section className="publish-panel" aria-label={t('heading')}>
      {meta.status === 'SCHEDULED' && meta.scheduledAt ? <p>{t('scheduledFor', { time: when(meta.scheduledAt) })}</p> : null}
      {meta.status === 'PUBLISHED' && meta.publishedAt ? <p>{t('publishedAt', { time: when(meta.publishedAt) })}</p> : null}
      {meta.status === 'ARCHIVED' ? <p>{t('archivedHint')}</p> : null}
      <div className="publish-panel__actions">
        {meta.status === 'PUBLISHED' ? button('save', t('update'), true) : button('save', t('save'), !canPublish)}
        {canPublish && meta.status === 'DRAFT' ? (
          <>
            {button('publish', t('publish'), true)}
            {schedule(t('schedule'))}
          </>
        ) : null}
        {canPublish && meta.status === 'SCHEDULED' ? (
          <>
            {button('publish', t('publishNow'), true)}
            {schedule(t('changeTime'))}
            {button('unpublish', t('cancelSchedule'))}
          </>
        ) : null}
        {canPublish && meta.status === 'PUBLISHED' ? (
          <>
            {button('unpublish', t('unpublish'))}
            {button('archive', t('archive'))}
          </>
        ) : null}
        {canPublish && meta.status === 'ARCHIVED' ? (
          <>
            {button('publish', t('republish'), true)}
            {button('unpublish', t('backToDraft'))}
          </>
        ) : null}
      </div>
      {errors.form ? <p className="form-error">{t('notAllowed')}</p> : null}
    </section>
  );
}
