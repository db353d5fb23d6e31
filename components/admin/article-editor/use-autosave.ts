'use client';

import { useEffect, useRef } from 'react';
import { nextAutosaveAt, type AutosaveEvent, type AutosaveState } from './autosave-reducer';

interface AutosaveOptions {
  state: AutosaveState;
  dispatch: (event: AutosaveEvent) => void;
  /** False for published and archived articles, a read-only form, or a lock held by someone else. */
  enabled: boolean;
  save: () => void;
}

/** Starts an autosave when the state machine says one is due, and retries at once when the browser is back online. */
export function useAutosave({ state, dispatch, enabled, save }: AutosaveOptions): void {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    if (!enabled) return;
    const dueAt = nextAutosaveAt(state);
    if (dueAt === null) return;
    const timer = setTimeout(() => saveRef.current(), Math.max(0, dueAt - Date.now()));
    return () => clearTimeout(timer);
  }, [state, enabled]);

  useEffect(() => {
    const onOnline = () => dispatch({ type: 'online', at: Date.now() });
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [dispatch]);
}
