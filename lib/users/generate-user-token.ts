import { randomBytes } from 'node:crypto';
import { hashUserToken } from './hash-user-token';

/** A new single-use link token (32 random bytes, base64url) and the hash to store for it. */
export function generateUserToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashUserToken(token) };
}
