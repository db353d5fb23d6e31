import iconv from 'iconv-lite';

let table: Map<number, string> | undefined;

function allPairs(): number[] {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) pairs.push(lead * 256 + trail);
  }
  return pairs;
}

// Decodes every pair in one call, each followed by a newline so a bad pair cannot spill over,
// then keeps the pairs that encode back to the same two bytes. (Pair by pair takes ~10x longer.)
function buildTable(): Map<number, string> {
  const pairs = allPairs();
  const bytes = Buffer.from(pairs.flatMap((pair) => [pair >> 8, pair & 0xff, 0x0a]));
  const decoded = iconv.decode(bytes, 'gbk').split('\n');
  const candidates = pairs.flatMap((pair, index) => {
    const character = decoded[index] ?? '';
    const isClean = [...character].length === 1 && character !== '\uFFFD' && !/[\u{E000}-\u{F8FF}]/u.test(character);
    return isClean ? [{ pair, character }] : [];
  });
  const encoded = iconv.encode(candidates.map(({ character }) => character).join('\n'), 'gbk');
  const result = new Map<number, string>();
  let offset = 0;
  for (const { pair, character } of candidates) {
    const end = encoded.indexOf(0x0a, offset);
    const stop = end === -1 ? encoded.length : end;
    if (stop - offset === 2 && encoded[offset] === pair >> 8 && encoded[offset + 1] === (pair & 0xff)) result.set(pair, character);
    offset = stop + 1;
  }
  return result;
}

// Strictly decodes one GBK double-byte character: null unless the pair is an assigned character
// that encodes back to the same bytes. User-defined (Private Use) characters count as invalid,
// since in a repair they mean the bytes are still misaligned.
export function decodeGbkPair(lead: number, trail: number): string | null {
  table ??= buildTable();
  return table.get(lead * 256 + trail) ?? null;
}
