// Character references as browsers read them in text and attribute values. Named references are
// limited to the ones Chinese news pages actually use; an unknown name stays as written, which
// only ever costs a stray `&name;` in the text, never markup.
const named: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', copy: '©', reg: '®', trade: '™',
  middot: '·', bull: '•', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', times: '×',
  divide: '÷', plusmn: '±', deg: '°', micro: 'µ', para: '¶', sect: '§', yen: '¥', euro: '€',
  pound: '£', cent: '¢', iexcl: '¡', iquest: '¿', frac12: '½', frac14: '¼', frac34: '¾',
  sup1: '¹', sup2: '²', sup3: '³', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔',
  hearts: '♥', star: '☆', loz: '◊', prime: '′', Prime: '″', permil: '‰', ordm: 'º', ordf: 'ª',
  macr: '¯', acute: '´', uml: '¨', cedil: '¸', not: '¬', brvbar: '¦', curren: '¤', alpha: 'α',
  beta: 'β', gamma: 'γ', delta: 'δ', pi: 'π', mu: 'μ', Omega: 'Ω', le: '≤', ge: '≥', ne: '≠',
  asymp: '≈', infin: '∞', minus: '−', radic: '√', sum: '∑', eacute: 'é', egrave: 'è', agrave: 'à',
  aacute: 'á', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß',
};
// Legacy references that browsers also accept without the semicolon.
const legacy = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
// Numeric references to C1 controls mean the windows-1252 characters (HTML's parsing rules).
const windows1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};
const reference = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([a-zA-Z][a-zA-Z0-9]{1,31})(;?))/gu;

function fromCodePoint(codePoint: number): string {
  const mapped = windows1252[codePoint] ?? codePoint;
  const isInvalid = mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff);
  return isInvalid ? '\ufffd' : String.fromCodePoint(mapped);
}

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(reference, (match, hex?: string, decimal?: string, name?: string, semicolon?: string) => {
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (name === undefined) return match;
    const character = named[name];
    if (character !== undefined && (semicolon === ';' || legacy.has(name))) return character;
    if (semicolon === ';') return match;
    // &nbsp2024 reads as a no-break space and 2024, as in browsers.
    const prefix = [...legacy].find((candidate) => name.startsWith(candidate));
    return prefix ? `${named[prefix] ?? ''}${name.slice(prefix.length)}` : match;
  });
}
