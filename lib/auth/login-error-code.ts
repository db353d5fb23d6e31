// The code a refused sign-in carries to the login page (next-auth passes an error thrown in
// authorize() on as `?error=<message>`); no server-only imports, the login form parses it too.
const throttledPattern = /^TooManyAttempts-(\d{1,3})$/;

/** Sign-in is possible but not now (a server or configuration problem): no detail for the client. */
export const unavailableErrorCode = 'Unavailable';

export function throttledErrorCode(retryAfterMinutes: number): string {
  return `TooManyAttempts-${Math.max(1, Math.ceil(retryAfterMinutes))}`;
}

/** The minutes to wait named by a throttled sign-in's error code; null for any other code. */
export function parseThrottledError(code: string | null | undefined): number | null {
  const match = throttledPattern.exec(code ?? '');
  const minutes = match ? Number(match[1]) : 0;
  return minutes >= 1 && minutes <= 60 ? minutes : null;
}
