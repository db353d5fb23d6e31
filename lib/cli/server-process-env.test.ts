import { describe, expect, it } from 'vitest';
import { serverNodeOptions } from './server-node-options';

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
