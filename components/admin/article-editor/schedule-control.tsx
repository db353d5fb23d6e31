'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { FieldError } from '@/components/admin/field-error';
import type { FieldErrorCode } from '@/lib/actions/action-result';
import { parseZonedDateTime } from '@/lib/format/zoned-date-time';

interface ScheduleControlProps {
  /** 'YYYY-MM-DDTHH:mm' in the site time zone, '' when not scheduled. */
  initialValue: string;
  timeZone: string;
  toggleLabel: string;
  disabled: boolean;
  serverError?: FieldErrorCode;
  onSchedule: (scheduledAt: string) => void;
}

function checkScheduledAt(value: string, timeZone: string): FieldErrorCode | undefined {
  if (value === '') return 'required';
  const at = parseZonedDateTime(value, timeZone);
  if (!at) return 'invalid';
  return at.getTime() <= Date.now() ? 'past' : undefined;
}

/** A publication time in the site's time zone, entered after opening the control. */
export function ScheduleControl({ initialValue, timeZone, toggleLabel, disabled, serverError, onSchedule }: ScheduleControlProps) {
  const t = useTranslations('articleForm.schedule');
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<FieldErrorCode | undefined>(undefined);
  const shownError = error ?? serverError;

  const submit = () => {
    const problem = checkScheduledAt(value, timeZone);
    setError(problem);
    if (!problem) onSchedule(value);
  };

  return (
    <div className="schedule-control">
      <button type="button" aria-expanded={isOpen} aria-controls={`${id}-panel`} disabled={disabled} onClick={() => setIsOpen((open) => !open)}>
        {toggleLabel}
      </button>
      {isOpen ? (
        <div className="schedule-control__panel" id={`${id}-panel`}>
          <label htmlFor={id}>{t('label')}</label>
          <input
            id={id}
            type="datetime-local"
            value={value}
            aria-describedby={`${id}-zone${shownError ? ` ${id}-error` : ''}`}
            aria-invalid={shownError ? true : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(undefined);
            }}
          />
          <small id={`${id}-zone`}>{t('timeZone', { zone: timeZone })}</small>
          {shownError ? (
            <span id={`${id}-error`}>
              <FieldError code={shownError} />
            </span>
          ) : null}
          <button type="button" className="primary" disabled={disabled} onClick={submit}>
            {t('confirm')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
