import { describe, expect, it } from 'vitest';
import { serverNodeOptions, serverProcessEnv } from './server-process-env';

describe('serverNodeOptions', () => {
  it('adds the heap limits when none are given', () => {
    expect(serverNodeOptions(undefined)).toBe('--max-old-space-size=512 --max-semi-space-size=8');
  });

  it('keeps the operator’s options and their own value for a flag', () => {
    expect(serverNodeOptions('--enable-source-maps --max-old-space-size=1024')).toBe('--enable-source-maps --max-old-space-size=1024 --max-semi-space-size=8');
  });

  it('does not take a longer flag for one of its own', () => {
    expect(serverNodeOptions('--max-old-space-size-percentage=50')).toContain('--max-old-space-size=512');
  });
});

describe('serverProcessEnv', () => {
  it('limits malloc arenas unless the operator set their own number', () => {
    expect(serverProcessEnv({})).toEqual({ NODE_OPTIONS: '--max-old-space-size=512 --max-semi-space-size=8', MALLOC_ARENA_MAX: '2' });
    expect(serverProcessEnv({ MALLOC_ARENA_MAX: '8', NODE_OPTIONS: '--max-semi-space-size=16' })).toEqual({
      NODE_OPTIONS: '--max-semi-space-size=16 --max-old-space-size=512',
      MALLOC_ARENA_MAX: '8',
    });
  });

  it('treats a blank value as unset', () => {
    expect(serverProcessEnv({ MALLOC_ARENA_MAX: ' ' }).MALLOC_ARENA_MAX).toBe('2');
  });
});
