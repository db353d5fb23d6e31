import { describe, expect, it } from 'vitest';
import {
  autosaveReducer,
  initialAutosaveState,
  nextAutosaveAt,
  retryDelayMs,
  saveIndicatorState,
  type AutosaveEvent,
  type AutosaveState,
} from './autosave-reducer';

function run(events: AutosaveEvent[], state: AutosaveState = initialAutosaveState(null)): AutosaveState {
  return events.reduce(autosaveReducer, state);
}

describe('autosaveReducer', () => {
  it('is saved and schedules nothing before the first edit', () => {
    const state = initialAutosaveState('2026-01-01T06:02:00.000Z');
    expect(saveIndicatorState(state)).toBe('saved');
    expect(nextAutosaveAt(state)).toBeNull();
  });

  it('debounces 2 s after the last edit', () => {
    const state = run([{ type: 'edit', at: 1_000 }, { type: 'edit', at: 2_500 }]);
    expect(saveIndicatorState(state)).toBe('dirty');
    expect(nextAutosaveAt(state)).toBe(4_500);
  });

  it('saves at most 10 s after the first unsaved edit while typing goes on', () => {
    const edits = Array.from({ length: 12 }, (_, index): AutosaveEvent => ({ type: 'edit', at: index * 1_000 }));
    expect(nextAutosaveAt(run(edits))).toBe(10_000);
  });

  it('schedules nothing while a request is in flight and saves edits made meanwhile right after', () => {
    const saving = run([{ type: 'edit', at: 0 }, { type: 'start', seq: 1, at: 2_000 }, { type: 'edit', at: 2_100 }]);
    expect(saveIndicatorState(saving)).toBe('saving');
    expect(nextAutosaveAt(saving)).toBeNull();
    const done = autosaveReducer(saving, { type: 'succeed', seq: 1, savedAt: 'x', manual: false });
    expect(saveIndicatorState(done)).toBe('dirty');
    expect(done.savedSeq).toBe(1);
    expect(nextAutosaveAt(done)).toBe(4_100);
  });

  it('is saved once the request carrying the newest edit succeeds', () => {
    const state = run([{ type: 'edit', at: 0 }, { type: 'start', seq: 1, at: 2_000 }, { type: 'succeed', seq: 1, savedAt: '2026-01-01T06:02:00.000Z', manual: false }]);
    expect(saveIndicatorState(state)).toBe('saved');
    expect(state.savedAt).toBe('2026-01-01T06:02:00.000Z');
    expect(nextAutosaveAt(state)).toBeNull();
  });

  it('retries network failures with a backoff from 2 s to 30 s, and at once when back online', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    const offline = run([{ type: 'edit', at: 0 }, { type: 'start', seq: 1, at: 2_000 }, { type: 'networkFail', at: 2_500 }, { type: 'start', seq: 1, at: 4_500 }, { type: 'networkFail', at: 5_000 }]);
    expect(saveIndicatorState(offline)).toBe('offline');
    expect(nextAutosaveAt(offline)).toBe(9_000);
    expect(nextAutosaveAt(autosaveReducer(offline, { type: 'online', at: 6_000 }))).toBe(6_000);
    const recovered = autosaveReducer(offline, { type: 'succeed', seq: 1, savedAt: 'x', manual: false });
    expect(recovered.failures).toBe(0);
    expect(saveIndicatorState(recovered)).toBe('saved');
  });

  it('does not retry refused content until the next edit, and keeps the field errors until a save succeeds', () => {
    const refused = run([{ type: 'edit', at: 0 }, { type: 'start', seq: 1, at: 2_000 }, { type: 'reject', seq: 1, error: 'VALIDATION', fieldErrors: { title: 'required' }, blocksAutosave: true }]);
    expect(saveIndicatorState(refused)).toBe('failed');
    expect(nextAutosaveAt(refused)).toBeNull();
    const edited = autosaveReducer(refused, { type: 'edit', at: 3_000 });
    expect(saveIndicatorState(edited)).toBe('dirty');
    expect(nextAutosaveAt(edited)).toBe(5_000);
    expect(edited.rejection?.fieldErrors).toEqual({ title: 'required' });
    expect(autosaveReducer(edited, { type: 'succeed', seq: 2, savedAt: 'x', manual: false }).rejection).toBeNull();
  });

  it('keeps autosaving after a refused publish and keeps its errors until the next manual save', () => {
    const refused = run([{ type: 'edit', at: 0 }, { type: 'start', seq: 1, at: 500 }, { type: 'reject', seq: 1, error: 'VALIDATION', fieldErrors: { body: 'required' }, blocksAutosave: false }]);
    expect(saveIndicatorState(refused)).toBe('dirty');
    expect(nextAutosaveAt(refused)).toBe(2_000);
    const autosaved = run([{ type: 'start', seq: 1, at: 2_000 }, { type: 'succeed', seq: 1, savedAt: 'x', manual: false }], refused);
    expect(autosaved.rejection?.fieldErrors).toEqual({ body: 'required' });
    expect(autosaveReducer(autosaved, { type: 'succeed', seq: 1, savedAt: 'y', manual: true }).rejection).toBeNull();
  });

  it('pauses on a conflict until resumed', () => {
    const conflict = run([{ type: 'edit', at: 0 }, { type: 'start', seq: 1, at: 2_000 }, { type: 'conflict' }]);
    expect(saveIndicatorState(conflict)).toBe('conflict');
    expect(nextAutosaveAt(conflict)).toBeNull();
    expect(nextAutosaveAt(autosaveReducer(conflict, { type: 'resume' }))).toBe(2_000);
  });

  it('counts content replaced by the server state as saved', () => {
    const replaced = run([{ type: 'edit', at: 0 }, { type: 'conflict' }, { type: 'replace', savedAt: 'theirs' }]);
    expect(saveIndicatorState(replaced)).toBe('saved');
    expect(replaced.savedAt).toBe('theirs');
    expect(nextAutosaveAt(replaced)).toBeNull();
  });
});
