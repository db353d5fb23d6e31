import { describe, expect, it } from 'vitest';
import en from '@/messages/en/tagHealth.json';
import zh from '@/messages/zh-CN/tagHealth.json';
import { duplicateReasons } from '@/lib/tags/pair-duplicate-tags';

function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('tag health messages', () => {
  it('has every message in both languages', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
  });

  it('names every duplicate reason', () => {
    expect(Object.keys(en.duplicates.reason).sort()).toEqual([...duplicateReasons].sort());
  });
});
