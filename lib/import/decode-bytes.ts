import iconv from 'iconv-lite';
import { type DetectedEncoding, detectEncoding } from './detect-encoding';
import { findDeclaredCharset } from './find-declared-charset';
import { ImportError } from './import-error';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding | `${DetectedEncoding} (BOM)`;
  // Why that encoding was chosen, for the import report.
  reason: string;
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function decodeAs(bytes: Uint8Array, encoding: DetectedEncoding, fileName: string): string {
  if (encoding === 'gb18030' || encoding === 'big5') return iconv.decode(bytes, encoding, { stripBOM: false });
  try {
    // Drops the byte order mark; fatal because a mark does not vouch for the bytes after it.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`“${fileName}” starts with a ${encoding} byte order mark but is not valid ${encoding.toUpperCase()} text after it.`);
  }
}

// `declared` is the charset from the HTTP header, if any; otherwise a <meta> declaration is looked for.
export function decodeBytes(bytes: Uint8Array, fileName: string, options: { declared?: string | null } = {}): DecodedText {
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty.`);
  if (!hasUtf16ByteOrderMark(bytes) && bytes.includes(0)) {
    throw new ImportError(
      `“${fileName}” contains NUL bytes, so it looks like a binary file (a Word document, PDF or image?), not a plain-text dump.`,
    );
  }
  const detection = detectEncoding(bytes, { declared: options.declared ?? findDeclaredCharset(bytes) });
  if (detection.confidence === 0) {
    throw new ImportError(
      `“${fileName}” is not valid UTF-8, GB18030 (GBK, GB2312) or Big5 text, so its characters cannot be read (${detection.reason}). Check that it is a text file and save it as UTF-8.`,
    );
  }
  const { encoding, hasBom, reason } = detection;
  const text = detection.text ?? decodeAs(bytes, encoding, fileName);
  if (text.trim() === '') throw new ImportError(`“${fileName}” contains no text.`);
  return { text, encoding: hasBom ? `${encoding} (BOM)` : encoding, reason };
}
