import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en/tagPicker.json';
import zh from '../../../messages/zh-CN/tagPicker.json';

const values = { name: '知识产权', alias: '知产', count: 2, max: 50, position: 1 };

describe('tag picker messages', () => {
  it('has every message in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each([['en', en], ['zh-CN', zh]] as const)('formats every %s message with its values filled in', (locale, messages) => {
    const t = createTranslator({ locale, messages: { tagPicker: messages }, namespace: 'tagPicker' });
    for (const key of Object.keys(messages) as (keyof typeof messages)[]) {
      const text = t(key, values);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toBe(`tagPicker.${key}`);
    }
  });
});
