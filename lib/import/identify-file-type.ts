// Says what a file really is from its first bytes, whatever its name: formats that are never a
// text dump or a saved page (PDF, images, archives, Office documents...), binary data, or else a
// text file that is an HTML page or a plain-text dump.
export type FileType = { kind: 'binary'; description: string } | { kind: 'html' } | { kind: 'text' };

interface Signature {
  bytes: readonly (number | null)[]; // null matches any byte
  offset?: number;
  description: string;
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const signatures: readonly Signature[] = [
  { bytes: ascii('%PDF-'), description: 'a PDF document' },
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: ascii('GIF87a'), description: 'a GIF image' },
  { bytes: ascii('GIF89a'), description: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], description: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], description: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], description: 'a TIFF image' },
  { bytes: [0x1f, 0x8b], description: 'a gzip-compressed file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], description: 'an Office document in the old binary format (.doc, .xls or .ppt)' },
  { bytes: [...ascii('Rar!'), 0x1a, 0x07], description: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], description: 'a 7-Zip archive' },
  { bytes: ascii('ftyp'), offset: 4, description: 'a video or audio file (MP4/MOV)' },
  { bytes: ascii('ID3'), description: 'an MP3 audio file' },
  { bytes: [0x7f, ...ascii('ELF')], description: 'a program (ELF executable)' },
  { bytes: [...ascii('SQLite format 3'), 0x00], description: 'an SQLite database' },
];

const zipMarker = [0x50, 0x4b];
const sniffLength = 16 * 1024;
const maxControlShare = 0.01;

function matches(bytes: Uint8Array, { bytes: expected, offset = 0 }: Signature): boolean {
  return bytes.length >= offset + expected.length && expected.every((byte, index) => byte === null || bytes[offset + index] === byte);
}

function describeZip(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (head.includes('word/')) return 'a Word document (.docx)';
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx)';
  if (head.includes('ppt/')) return 'a PowerPoint presentation (.pptx)';
  return 'a ZIP archive';
}

const hasUtf16ByteOrderMark = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

// Control characters other than tab, line breaks, form feed and escape: text has next to none.
function controlShare(head: Uint8Array): number {
  let controls = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  return head.length === 0 ? 0 : controls / head.length;
}

// Markup a saved page has near its start; a text dump at most quotes a stray tag.
const pageStart = /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*<(?:!doctype\s+html|html|head|body|meta|title|!--|\?xml)[\s>/]/iu;
const htmlTag = /<\/?(?:html|head|body|div|p|span|a|br|table|tr|td|ul|ol|li|h[1-6]|meta|title|script|style|article|section|img|font|center)\b[^<>]{0,500}>/giu;
const htmlExtension = /\.(?:x?html?|shtml|php|aspx?|jsp)$/iu;

function isHtml(head: string, fileName: string): boolean {
  if (pageStart.test(head)) return true;
  const tags = head.match(htmlTag)?.length ?? 0;
  return tags >= 3 || (tags >= 1 && htmlExtension.test(fileName));
}

export function identifyFileType(bytes: Uint8Array, fileName: string): FileType {
  const signature = signatures.find((candidate) => matches(bytes, candidate));
  if (signature) return { kind: 'binary', description: signature.description };
  if (bytes[0] === zipMarker[0] && bytes[1] === zipMarker[1] && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    return { kind: 'binary', description: describeZip(bytes) };
  }
  const isUtf16 = hasUtf16ByteOrderMark(bytes);
  const headBytes = bytes.subarray(0, sniffLength);
  if (!isUtf16 && (headBytes.includes(0) || controlShare(headBytes) > maxControlShare)) {
    return { kind: 'binary', description: 'a binary file (it contains NUL or control bytes)' };
  }
  const head = isUtf16
    ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, sniffLength * 2))
    : Buffer.from(headBytes).toString('latin1');
  return isHtml(head, fileName) ? { kind: 'html' } : { kind: 'text' };
}
