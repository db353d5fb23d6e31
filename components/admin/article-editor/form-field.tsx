'use client';

import { useId, type ReactNode } from 'react';
import type { FieldErrorCode } from '@/lib/actions/action-result';
import { FieldError } from '@/components/admin/field-error';

interface FormFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldErrorCode;
  hint?: ReactNode;
  /** Shows "n / max" under the field (max is advice here; the server enforces its limits). */
  counterMax?: number;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date';
  placeholder?: string;
  readOnly?: boolean;
  className?: string;
}

/** A labelled input or textarea with its hint, counter and field error, all tied to it for screen readers. */
export function FormField({ label, value, onChange, error, hint, counterMax, multiline, type = 'text', placeholder, readOnly, className }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasHint = hint !== undefined || counterMax !== undefined;
  const describedBy = [hasHint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {hasHint ? (
        <small id={hintId}>
          {hint}
          {counterMax !== undefined ? (
            <span className={`field-counter ${value.length > counterMax ? 'field-counter--over' : ''}`}>
              {value.length} / {counterMax}
            </span>
          ) : null}
        </small>
      ) : null}
      {error ? (
        <span id={errorId}>
          <FieldError code={error} />
        </span>
      ) : null}
    </div>
  );
}
