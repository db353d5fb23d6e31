// Reads the charset a scraped HTML page declares for itself, the way a browser prescans it:
// only the first 4 KB, as ASCII, so it works before the real encoding is known.
const prescanLength = 4096;

const charsetAliases: Readonly<Record<string, string>> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'x-euc-cn': 'gb18030',
  'euc-cn': 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
  cp950: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

// WHATWG-style normalisation: GB2312/GBK are decoded as their superset GB18030, Big5-HKSCS as Big5.
// Unknown labels come back lower-cased so a report can still name them.
export function normalizeCharset(label: string): string {
  const lowered = label.trim().toLowerCase();
  return charsetAliases[lowered] ?? lowered;
}

const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // As Latin-1: bytes above 0x7F become characters the ASCII-only pattern never matches.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, prescanLength)).toString('latin1');
  const label = metaCharset.exec(head)?.[1];
  return label ? normalizeCharset(label) : null;
}
