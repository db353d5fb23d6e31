// The editor's save bookkeeping as a pure state machine: which edit the server last confirmed,
// whether a request is in flight, how long to wait before the next autosave, and how a failed
// save is reported. use-autosave.ts wires it to timers and the save action.
import type { FieldErrorCode } from '@/lib/actions/action-result';

export const autosaveDebounceMs = 2_000;
export const autosaveMaxWaitMs = 10_000;
export const retryFirstDelayMs = 2_000;
export const retryMaxDelayMs = 30_000;

export interface SaveRejection {
  /** The edit the refused request carried; a later edit clears the refusal. */
  seq: number;
  error: string;
  fieldErrors: Record<string, FieldErrorCode>;
  /** True when the content itself was refused (not only the publishing step it was sent with). */
  blocksAutosave: boolean;
}

export interface AutosaveState {
  /** Bumped by every change to the fields or the body. */
  editSeq: number;
  /** The newest edit the server has confirmed. */
  savedSeq: number;
  inFlightSeq: number | null;
  lastEditAt: number | null;
  /** When the oldest change not yet carried by any request was made. */
  pendingSince: number | null;
  /** Consecutive failures to reach the server. */
  failures: number;
  retryAt: number | null;
  rejection: SaveRejection | null;
  /** A conflict waits for the editor's choice; nothing is saved meanwhile. */
  paused: boolean;
  savedAt: string | null;
}

export type AutosaveEvent =
  | { type: 'edit'; at: number }
  | { type: 'start'; seq: number; at: number }
  /** manual: sent by a button (save, publish…), which also settles a refused publishing step. */
  | { type: 'succeed'; seq: number; savedAt: string; manual: boolean }
  | { type: 'networkFail'; at: number }
  | ({ type: 'reject' } & SaveRejection)
  | { type: 'conflict' }
  | { type: 'resume' }
  | { type: 'online'; at: number }
  /** The form now holds exactly the server's state (taken theirs, restored a revision). */
  | { type: 'replace'; savedAt: string | null };

export type SaveIndicatorState = 'saved' | 'dirty' | 'saving' | 'offline' | 'failed' | 'conflict';

export function initialAutosaveState(savedAt: string | null): AutosaveState {
  return { editSeq: 0, savedSeq: 0, inFlightSeq: null, lastEditAt: null, pendingSince: null, failures: 0, retryAt: null, rejection: null, paused: false, savedAt };
}

export function retryDelayMs(failures: number): number {
  return Math.min(retryFirstDelayMs * 2 ** Math.max(0, failures - 1), retryMaxDelayMs);
}

export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edit':
      return { ...state, editSeq: state.editSeq + 1, lastEditAt: event.at, pendingSince: state.pendingSince ?? event.at };
    case 'start':
      return { ...state, inFlightSeq: event.seq, pendingSince: event.seq >= state.editSeq ? null : state.pendingSince };
    case 'succeed': {
      const rejection = event.manual || state.rejection?.blocksAutosave ? null : state.rejection;
      return { ...state, inFlightSeq: null, savedSeq: Math.max(state.savedSeq, event.seq), failures: 0, retryAt: null, rejection, savedAt: event.savedAt };
    }
    case 'networkFail': {
      const failures = state.failures + 1;
      return { ...state, inFlightSeq: null, failures, retryAt: event.at + retryDelayMs(failures), pendingSince: state.pendingSince ?? event.at };
    }
    case 'reject':
      return { ...state, inFlightSeq: null, failures: 0, retryAt: null, rejection: { seq: event.seq, error: event.error, fieldErrors: event.fieldErrors, blocksAutosave: event.blocksAutosave } };
    case 'conflict':
      return { ...state, inFlightSeq: null, failures: 0, retryAt: null, paused: true };
    case 'resume':
      return { ...state, paused: false };
    case 'online':
      return state.failures > 0 ? { ...state, retryAt: event.at } : state;
    case 'replace':
      return { ...state, savedSeq: state.editSeq, inFlightSeq: null, pendingSince: null, failures: 0, retryAt: null, rejection: null, paused: false, savedAt: event.savedAt ?? state.savedAt };
  }
}

export function hasUnsavedChanges(state: AutosaveState): boolean {
  return state.editSeq > state.savedSeq;
}

/** The last refused save, while the refused edit is still the current one. */
export function currentRejection(state: AutosaveState): SaveRejection | null {
  return state.rejection && state.rejection.seq === state.editSeq ? state.rejection : null;
}

/** When the next autosave should start (ms timestamp), or null when none is due. */
export function nextAutosaveAt(state: AutosaveState): number | null {
  if (state.paused || state.inFlightSeq !== null || !hasUnsavedChanges(state)) return null;
  if (currentRejection(state)?.blocksAutosave) return null;
  if (state.failures > 0) return state.retryAt;
  if (state.lastEditAt === null) return null;
  const debounced = state.lastEditAt + autosaveDebounceMs;
  return state.pendingSince === null ? debounced : Math.min(debounced, state.pendingSince + autosaveMaxWaitMs);
}

export function saveIndicatorState(state: AutosaveState): SaveIndicatorState {
  if (state.paused) return 'conflict';
  if (state.inFlightSeq !== null) return 'saving';
  if (state.failures > 0) return 'offline';
  if (currentRejection(state)?.blocksAutosave) return 'failed';
  return hasUnsavedChanges(state) ? 'dirty' : 'saved';
}
