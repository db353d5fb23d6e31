import { ImportError } from './import-error';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8 (BOM)';
}

const utf8ByteOrderMark = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty.`);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportError(`“${fileName}” is UTF-16 text, which cannot be imported yet. Save it as UTF-8 and try again.`);
  }
  if (bytes.includes(0)) {
    throw new ImportError(
      `“${fileName}” contains NUL bytes, so it looks like a binary file (a Word document, PDF or image?), not a plain-text dump.`,
    );
  }
  const hasByteOrderMark = startsWith(bytes, utf8ByteOrderMark);
  let text: string;
  try {
    // ignoreBOM keeps the mark in the output, so strip it explicitly and report it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasByteOrderMark ? bytes.subarray(utf8ByteOrderMark.length) : bytes,
    );
  } catch {
    throw new ImportError(
      `“${fileName}” is not valid UTF-8 text. Only UTF-8 files can be imported for now; GBK and Big5 files must be converted to UTF-8 first.`,
    );
  }
  if (text.trim() === '') throw new ImportError(`“${fileName}” contains no text.`);
  return { text, encoding: hasByteOrderMark ? 'utf-8 (BOM)' : 'utf-8' };
}
