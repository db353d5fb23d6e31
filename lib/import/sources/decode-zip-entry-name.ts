// Zip entry names carry no reliable encoding: the UTF-8 flag (bit 11) is often missing, and
// Chinese Windows writes names in the system code page (GBK; Big5 on Traditional systems).
import iconv from 'iconv-lite';
import { crc32 } from 'node:zlib';
import { detectEncoding } from '../detect-encoding';

const utf8Flag = 0x800;
const unicodePathField = 0x7075;

interface ExtraField {
  id: number;
  data: Buffer;
}

function readUnicodePathField(raw: Buffer, extraFields: readonly ExtraField[]): string | null {
  for (const field of extraFields) {
    // Info-ZIP Unicode Path: version 1, CRC-32 of the header's name, then the name in UTF-8. A CRC
    // that no longer matches means another tool renamed the entry, and the field is stale.
    if (field.id !== unicodePathField || field.data.length < 6 || field.data[0] !== 1) continue;
    if (field.data.readUInt32LE(1) !== crc32(raw)) continue;
    return new TextDecoder('utf-8').decode(field.data.subarray(5));
  }
  return null;
}

function decodeStrictUtf8(raw: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

export function decodeZipEntryName(raw: Buffer, generalPurposeBitFlag: number, extraFields: readonly ExtraField[] = []): string {
  if (generalPurposeBitFlag & utf8Flag) return new TextDecoder('utf-8').decode(raw);
  const fromField = readUnicodePathField(raw, extraFields);
  if (fromField !== null) return fromField;
  const utf8 = decodeStrictUtf8(raw);
  if (utf8 !== null) return utf8;
  const { encoding } = detectEncoding(raw);
  return iconv.decode(raw, encoding === 'big5' ? 'big5' : 'gb18030');
}
