import { describe, expect, it } from 'vitest';
import { charactersAfter, charactersBefore } from './two-character-words';

describe('two-character words', () => {
  it('lists the characters that make a dictionary word with a given one, both ways', () => {
    expect(charactersAfter('表')).toContain('示');
    expect(charactersBefore('示')).toContain('表');
    expect(charactersAfter('表')).not.toContain('鼗');
    expect(charactersAfter('')).toBe('');
  });
});
