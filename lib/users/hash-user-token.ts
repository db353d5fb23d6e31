import { createHash } from 'node:crypto';

/** The SHA-256 (hex) of an invite or reset token: the only form in which a token is stored. */
export function hashUserToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
