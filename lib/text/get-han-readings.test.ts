import { describe, expect, it } from 'vitest';
import { getHanReadings } from './get-han-readings';

describe('getHanReadings', () => {
  it.each([
    ['長', ['chang', 'zhang']],
    ['國', ['guo']],
    ['国', ['guo']],
    ['綠', ['lv']],
    ['區', ['ou', 'qu']],
  ])('%s reads %j', (character, readings) => {
    expect([...getHanReadings(character)].sort()).toEqual(readings);
  });

  it('returns nothing for a non-Han character', () => {
    expect([...getHanReadings('a')]).toEqual([]);
  });
});
