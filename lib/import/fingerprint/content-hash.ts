// Marks exact duplicates: the same article in either script, in full- or half-width characters,
// with different spacing, line breaks or punctuation gets the same hash.
import { createHash } from 'node:crypto';
import { foldText } from '../../text/fold-text';

// Whitespace, punctuation, symbols and invisible format/control characters (BOM, zero-width space).
const ignored = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/gu;

export function normaliseForContentHash(text: string): string {
  return foldText(text).replace(ignored, '');
}

export function contentHash(title: string, bodyText: string): string {
  // The newline can't occur in either normalised part, so title/body boundaries can't shift.
  return createHash('sha256')
    .update(`${normaliseForContentHash(title)}\n${normaliseForContentHash(bodyText)}`)
    .digest('hex');
}
