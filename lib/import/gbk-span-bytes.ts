import iconv from 'iconv-lite';

// The ASCII ! and , in mangled spans stand for the full-width ！ and ， that were replaced in the
// GBK bytes; any other ASCII character is itself one byte (in a span, a misaligned trail byte).
const fullWidthBytes: Record<string, readonly number[]> = { '!': [0xa3, 0xa1], ',': [0xa3, 0xac] };

// Turns a suspicious run of characters back into the GBK bytes it was decoded from. Private Use
// characters U+E000–U+E765 map back to GBK's user-defined areas (iconv-lite knows the mapping).
// Returns null when a character cannot have come from GBK.
export function toGbkSpanBytes(run: string): number[] | null {
  const bytes: number[] = [];
  for (const character of run) {
    const replaced = fullWidthBytes[character];
    if (replaced) {
      bytes.push(...replaced);
      continue;
    }
    if (character === '?') return null;
    const encoded = iconv.encode(character, 'gbk');
    const isOneByte = encoded.length === 1 && character.charCodeAt(0) < 0x80;
    const isTwoByte = encoded.length === 2 && iconv.decode(encoded, 'gbk') === character;
    if (!isOneByte && !isTwoByte) return null;
    bytes.push(...encoded);
  }
  return bytes;
}
