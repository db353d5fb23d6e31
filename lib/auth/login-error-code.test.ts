import { describe, expect, it } from 'vitest';
import { parseThrottledError, throttledErrorCode } from './login-error-code';

describe('login error codes', () => {
  it('carries whole minutes to wait, at least one', () => {
    expect(throttledErrorCode(15)).toBe('TooManyAttempts-15');
    expect(throttledErrorCode(0.2)).toBe('TooManyAttempts-1');
    expect(throttledErrorCode(4.01)).toBe('TooManyAttempts-5');
    expect(parseThrottledError(throttledErrorCode(7))).toBe(7);
  });

  it.each([null, undefined, '', 'CredentialsSignin', 'Unavailable', 'TooManyAttempts-0', 'TooManyAttempts-999', 'TooManyAttempts-5x', 'TooManyAttempts-'])(
    'reads %o as not throttled',
    (code) => {
      expect(parseThrottledError(code)).toBeNull();
    },
  );
});
