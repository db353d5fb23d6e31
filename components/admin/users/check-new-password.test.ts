import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './check-new-password';

describe('checkNewPassword', () => {
  it.each([
    ['a good password typed twice', 'green tea at dawn', 'green tea at dawn', {}],
    ['a mismatch', 'green tea at dawn', 'green tea at dusk', { confirmPassword: 'mismatch' }],
    ['a policy problem before a mismatch', 'qwerty123', 'other', { password: 'common' }],
    ['the email', 'wu@example.com', 'wu@example.com', { password: 'sameAsEmail' }],
  ])('%s', (_case, password, confirmPassword, expected) => {
    expect(checkNewPassword(password, confirmPassword, 'wu@example.com')).toEqual(expected);
  });
});
