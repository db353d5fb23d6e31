import { describe, expect, it } from 'vitest';
import { characterPrior } from './character-prior';

describe('characterPrior', () => {
  it('ranks common characters over rare ones, punctuation first and unknown characters last', () => {
    expect(characterPrior('。')).toBe(0);
    expect(characterPrior('的')).toBeGreaterThan(characterPrior('示'));
    expect(characterPrior('示')).toBeGreaterThan(characterPrior('鼗'));
    expect(characterPrior('\uE010')).toBe(-Infinity);
  });
});
