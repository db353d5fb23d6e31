import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords';
import { checkPasswordPolicy } from './password-policy';

describe('checkPasswordPolicy', () => {
  it.each([
    ['7 characters', 'abc-def', undefined, 'tooShort'],
    ['an empty password', '', undefined, 'tooShort'],
    ['129 characters', 'x'.repeat(129), undefined, 'tooLong'],
    ['a top password', 'password', undefined, 'common'],
    ['a top password in other case', 'PassWord123', undefined, 'common'],
    ['a Chinese favourite', 'woaini1314', undefined, 'common'],
    ['a digit run', '12345678', undefined, 'common'],
    ['one repeated digit', '11111111', undefined, 'common'],
    ['a keyboard walk', 'qwertyuiop', undefined, 'common'],
    ['the email', 'Li.Lei@Example.com', 'li.lei@example.com', 'sameAsEmail'],
    ['the email name', 'li.lei.xinwen', 'li.lei.xinwen@example.com', 'sameAsEmail'],
  ])('refuses %s', (_case, password, email, problem) => {
    expect(checkPasswordPolicy(password, email)).toBe(problem);
  });

  it.each([
    ['exactly 8 characters', 'k7#pQ2!z', undefined],
    ['exactly 128 characters', 'ab'.repeat(64), undefined],
    ['a Chinese passphrase', '春眠不觉晓处处闻啼鸟', 'chun@example.com'],
    ['a passphrase that contains the email name', 'li.lei likes green tea', 'li.lei@example.com'],
    ['a common password inside a longer phrase', 'password is not my password', undefined],
  ])('accepts %s', (_case, password, email) => {
    expect(checkPasswordPolicy(password, email)).toBeNull();
  });

  it('ships a list of lower-case entries that the length rule alone would not refuse', () => {
    expect(commonPasswords.length).toBeGreaterThan(400);
    for (const entry of commonPasswords) {
      expect(entry).toBe(entry.toLowerCase());
      expect(entry.length).toBeGreaterThanOrEqual(8);
    }
  });
});
