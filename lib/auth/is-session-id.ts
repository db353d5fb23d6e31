const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session JWT's `sid` claim: the uuid of a user_sessions row. */
export function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}
