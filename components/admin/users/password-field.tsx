'use client';

import { useId } from 'react';

interface PasswordFieldProps {
  label: string;
  name: string;
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
  error?: string | null;
}

/** A labelled password input whose hint and error are tied to it for screen readers. */
export function PasswordField({ label, name, autoComplete, hint, error }: PasswordFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="password" autoComplete={autoComplete} maxLength={128} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint ? <small id={`${id}-hint`}>{hint}</small> : null}
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}
