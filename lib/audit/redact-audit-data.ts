import type { Prisma } from '@/lib/db/generated/client';

// The audit log never holds secrets: whatever a caller passes, values under a key that names one
// are replaced before the row is written (at any depth).
const secretKey = /pass(word)?|token|secret|hash|cookie|authorization|session/iu;

export const redacted = '[redacted]';

export function redactAuditData(data: Prisma.InputJsonValue): Prisma.InputJsonValue {
  if (Array.isArray(data)) return data.map((item) => (item === null ? item : redactAuditData(item as Prisma.InputJsonValue)));
  if (data === null || typeof data !== 'object') return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, secretKey.test(key) ? redacted : value === null || value === undefined ? value : redactAuditData(value as Prisma.InputJsonValue)]),
  ) as Prisma.InputJsonValue;
}
