import { pinyin } from 'pinyin-pro';

const readingsByCharacter = new Map<string, ReadonlySet<string>>();

// Toneless readings of one Han character (Traditional or Simplified), ü written v, all polyphones.
export function getHanReadings(character: string): ReadonlySet<string> {
  const cached = readingsByCharacter.get(character);
  if (cached) return cached;
  const readings = pinyin(character, { multiple: true, type: 'array', toneType: 'none', v: true });
  const result = new Set(readings.filter((reading) => reading !== character));
  readingsByCharacter.set(character, result);
  return result;
}
