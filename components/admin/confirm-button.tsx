'use client';

import { useEffect, useRef, useState } from 'react';
import './confirm-button.css';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busyLabel: string;
  isDanger?: boolean;
  onConfirm: () => Promise<void>;
}

/** A button that asks in place before doing something that cannot be taken back lightly. */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, busyLabel, isDanger, onConfirm }: ConfirmButtonProps) {
  const [step, setStep] = useState<'idle' | 'asking' | 'busy'>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);

  // Focus follows the question: onto "confirm" when asked, back to the button when answered.
  useEffect(() => {
    if (step === 'asking') {
      hasAsked.current = true;
      confirmRef.current?.focus();
    } else if (step === 'idle' && hasAsked.current) {
      hasAsked.current = false;
      openerRef.current?.focus();
    }
  }, [step]);

  if (step === 'idle') {
    return <button ref={openerRef} type="button" className={isDanger ? 'confirm-danger' : undefined} onClick={() => setStep('asking')}>{label}</button>;
  }
  return (
    <span role="group" aria-label={question} className="confirm-inline">
      <span>{question}</span>{' '}
      <button
        ref={confirmRef}
        type="button"
        className={isDanger ? 'confirm-danger' : 'primary'}
        disabled={step === 'busy'}
        onClick={async () => {
          setStep('busy');
          await onConfirm();
          setStep('idle');
        }}
      >
        {step === 'busy' ? busyLabel : confirmLabel}
      </button>{' '}
      <button type="button" disabled={step === 'busy'} onClick={() => setStep('idle')}>{cancelLabel}</button>
    </span>
  );
}
