import { z } from 'zod';

const trustProxySchema = z
  .string()
  .trim()
  .regex(/^(?:|[0-5]|true|false)$/, 'TRUST_PROXY must be empty, false, true or a number of proxies from 0 to 5')
  .transform((value) => (value === 'true' ? 1 : value === 'false' || value === '' ? 0 : Number(value)));

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (TRUST_PROXY; `true` = 1).
 * Unset means none: the app is reached directly and the header is not to be believed.
 */
export function readTrustProxy(value: string | undefined): number {
  const parsed = trustProxySchema.safeParse(value ?? '');
  if (!parsed.success) throw new Error(`Invalid TRUST_PROXY ${JSON.stringify(value)}: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
