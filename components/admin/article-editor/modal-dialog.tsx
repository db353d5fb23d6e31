'use client';

import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  labelledBy: string;
  /** Escape calls this; without it the dialog waits for one of its own buttons. */
  onCancel?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the page behind is inert, focus moves to the element marked
 * data-autofocus (else the first control) and returns where it was when the dialog closes.
 */
export function ModalDialog({ open, labelledBy, onCancel, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocusTo.current?.focus();
      returnFocusTo.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={`editor-dialog ${className ?? ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      {open ? children : null}
    </dialog>
  );
}
