'use client';

import { useId, type ReactNode } from 'react';

interface TagTextFieldProps {
  label: string;
  name: string;
  defaultValue: string;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  /** The field's error, already in words (a FieldError or a message of the tag form's own). */
  error?: ReactNode;
}

/** A labelled, uncontrolled input or textarea whose hint and error are tied to it for screen readers. */
export function TagTextField({ label, name, defaultValue, maxLength, multiline, placeholder, hint, error }: TagTextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name, defaultValue, placeholder, maxLength, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={4} /> : <input {...common} type="text" />}
      {hint ? <small id={`${id}-hint`}>{hint}</small> : null}
      {error ? <span id={`${id}-error`}>{error}</span> : null}
    </div>
  );
}
