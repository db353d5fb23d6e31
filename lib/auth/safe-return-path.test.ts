import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it.each([
    [undefined, '/admin'],
    ['/admin', '/admin'],
    ['/admin/articles/1?x=1', '/admin/articles/1?x=1'],
    ['https://evil.example/admin', '/admin'],
    ['//evil.example/admin', '/admin'],
    ['/\\evil.example', '/admin'],
    ['/articles/x', '/admin'],
    ['/administrator', '/admin'],
    [['/admin/users'], '/admin'],
    ['javascript:alert(1)', '/admin'],
  ])('%o -> %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
