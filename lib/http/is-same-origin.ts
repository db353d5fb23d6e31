/**
 * True when the request comes from a page of this site: its Origin names the host the request was
 * sent to. Browsers always send Origin on cross-site POSTs and scripts cannot forge it, so a
 * missing or foreign Origin is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  // Behind a reverse proxy the public host is in x-forwarded-host (as Next's server actions assume).
  const forwardedHost = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwardedHost || request.headers.get('host') || new URL(request.url).host;
  return originHost === host;
}
