import { describe, expect, it } from 'vitest';
import en from '../../../../messages/en/trash.json';
import zh from '../../../../messages/zh-CN/trash.json';

function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('trash messages', () => {
  it('has every message in both languages', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
  });
});
