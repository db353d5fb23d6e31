'use client';

import type { ReactNode } from 'react';

interface EditorNoticeProps {
  tone: 'info' | 'warning';
  label: string;
  children: ReactNode;
  /** Buttons offered with the notice. */
  actions?: ReactNode;
}

/** A labelled notice above the form (recovered copy, trash, a version set aside). */
export function EditorNotice({ tone, label, children, actions }: EditorNoticeProps) {
  return (
    <div className={`editor-notice editor-notice--${tone}`} role="region" aria-label={label}>
      <p>{children}</p>
      {actions ? <div className="editor-notice__actions">{actions}</div> : null}
    </div>
  );
}
