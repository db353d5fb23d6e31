import { describe, expect, it } from 'vitest';
import { foldTagName } from './fold-tag-name';

describe('foldTagName', () => {
  it('folds traditional characters to simplified', () => {
    expect(foldTagName('知識產權')).toBe('知识产权');
    expect(foldTagName('知识产权')).toBe('知识产权');
  });

  it('narrows full-width letters and lowers case', () => {
    expect(foldTagName('ｚｈｉ')).toBe('zhi');
    expect(foldTagName('ＡＩ 安全')).toBe('ai安全');
  });

  it('removes all whitespace, including ideographic spaces', () => {
    expect(foldTagName('知识 产权')).toBe('知识产权');
    expect(foldTagName(' 知识\u3000产权\t')).toBe('知识产权');
  });

  it('keeps distinct names distinct', () => {
    expect(foldTagName('知识产权')).not.toBe(foldTagName('知识'));
  });
});
