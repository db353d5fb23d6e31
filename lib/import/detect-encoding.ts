// Decides how a scraped page's bytes are encoded, trusting the bytes over any declaration:
// byte order mark, else strict UTF-8, else whichever of GB18030 and Big5 decodes cleanly and reads
// most like common Chinese. The declared charset (HTTP header or <meta>) only breaks ties.
import { type CandidateScore, scoreCandidate } from './detect-encoding-score';
import { normalizeCharset } from './find-declared-charset';

export type DetectedEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

export interface EncodingDetection {
  encoding: DetectedEncoding;
  hasBom: boolean;
  reason: string;
  // 0..1; 0 means no supported encoding decodes the bytes without invalid sequences.
  confidence: number;
  // The bytes decoded, when checking them already did it (valid UTF-8), so they are not decoded twice.
  text?: string;
}

const byteOrderMarks: readonly { bytes: readonly number[]; encoding: DetectedEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// Below this many Han characters, frequency evidence is thin and confidence is scaled down.
const enoughHanCharacters = 30;
// Common-character shares closer than this are a tie, settled by the declared charset.
const tieMargin = 0.05;
const encodingNames = { gb18030: 'GB18030', big5: 'Big5' } as const;

const round = (value: number) => Math.round(value * 100) / 100;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const hex = (bytes: readonly number[]) => bytes.map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');

function countMultiByteCharacters(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte >= 0xc0) count += 1;
  return count;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function detectUtf8(bytes: Uint8Array, declared: string | null): EncodingDetection | null {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  const multiByte = countMultiByteCharacters(bytes);
  const evidence = multiByte === 0 ? 'ASCII only (the same bytes in every supported encoding)' : `valid UTF-8 (${multiByte} multi-byte characters)`;
  const contradiction = multiByte > 0 && declared && declared !== 'utf-8' ? `; the declared charset ${declared} is wrong, the bytes are UTF-8` : '';
  const confidence = multiByte === 0 || multiByte >= 8 ? 0.99 : 0.6 + multiByte * 0.04;
  return { encoding: 'utf-8', hasBom: false, reason: `${evidence}${contradiction}`, confidence: round(confidence), text };
}

function describe(score: CandidateScore): string {
  const name = encodingNames[score.encoding];
  if (score.invalidSequences > 0) return `${name} has ${score.invalidSequences} invalid byte sequence(s)`;
  return `${name} decodes cleanly with ${percent(score.commonShare)} of ${score.hanCharacters} Han characters common`;
}

function pickCandidate(gb: CandidateScore, big5: CandidateScore, declared: string | null): { winner: CandidateScore; tie: string } {
  const clean = [gb, big5].filter((score) => score.invalidSequences === 0);
  if (clean.length === 1 && clean[0]) return { winner: clean[0], tie: '' };
  if (clean.length === 0) {
    return { winner: gb.invalidSequences <= big5.invalidSequences ? gb : big5, tie: '' };
  }
  if (Math.abs(gb.commonShare - big5.commonShare) >= tieMargin) return { winner: gb.commonShare > big5.commonShare ? gb : big5, tie: '' };
  if (declared === 'big5') return { winner: big5, tie: '; too close to call, so the declared charset big5 decides' };
  if (declared === 'gb18030') return { winner: gb, tie: '; too close to call, so the declared charset gb18030 decides' };
  return { winner: gb, tie: '; too close to call and nothing declared, so GB18030 (the more common) is assumed' };
}

function confidenceFor(winner: CandidateScore, loser: CandidateScore): number {
  if (winner.invalidSequences > 0) return 0;
  const lead = winner.commonShare - (loser.invalidSequences > 0 ? 0 : loser.commonShare);
  const base = 0.5 + Math.min(0.49, lead);
  const size = Math.min(1, winner.hanCharacters / enoughHanCharacters);
  return round(base * (0.5 + 0.5 * size));
}

export function detectEncoding(bytes: Uint8Array, options: { declared?: string | null } = {}): EncodingDetection {
  const declared = options.declared ? normalizeCharset(options.declared) : null;
  for (const mark of byteOrderMarks) {
    if (mark.bytes.every((byte, index) => bytes[index] === byte)) {
      return { encoding: mark.encoding, hasBom: true, reason: `byte order mark ${hex(mark.bytes)} (${mark.encoding})`, confidence: 1 };
    }
  }
  const utf8 = detectUtf8(bytes, declared);
  if (utf8) return utf8;

  const gb = scoreCandidate(bytes, 'gb18030');
  const big5 = scoreCandidate(bytes, 'big5');
  const { winner, tie } = pickCandidate(gb, big5, declared);
  const loser = winner === gb ? big5 : gb;
  const declaredNote = declared && declared !== winner.encoding ? `; the declared charset ${declared} does not match` : '';
  const short = winner.hanCharacters < enoughHanCharacters && winner.invalidSequences === 0 ? '; short text, so the evidence is thin' : '';
  return {
    encoding: winner.encoding,
    hasBom: false,
    reason: `not valid UTF-8; ${describe(winner)}, ${describe(loser)}${tie}${declaredNote}${short}`,
    confidence: confidenceFor(winner, loser),
  };
}
