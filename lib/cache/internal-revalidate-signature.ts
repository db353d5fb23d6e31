import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'x-inkstone-signature';

// Signed requests older (or newer) than this are refused, so a captured one cannot be replayed later.
const maxSkewSeconds = 60;

/** A key for internal revalidation only, derived so that the session secret itself never signs requests. */
export function deriveRevalidateKey(authSecret: string): Buffer {
  return createHmac('sha256', authSecret).update('inkstone/internal-revalidate/v1').digest();
}

function mac(key: Buffer, timestamp: number, body: string): string {
  return createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex');
}

/** The header value for `body`: `<unix seconds>.<hex HMAC-SHA256 of "seconds.body">`. */
export function signRevalidateBody(key: Buffer, body: string, nowMs = Date.now()): string {
  const timestamp = Math.floor(nowMs / 1000);
  return `${timestamp}.${mac(key, timestamp, body)}`;
}

/** True when `header` signs exactly `body` with `key` and is recent; compared in constant time. */
export function isValidRevalidateSignature(key: Buffer, body: string, header: string | null, nowMs = Date.now()): boolean {
  const match = /^(\d{1,12})\.([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(nowMs / 1000 - timestamp) > maxSkewSeconds) return false;
  const expected = Buffer.from(mac(key, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2] ?? '', 'hex'));
}
