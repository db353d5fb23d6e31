// The Content-Security-Policy of each kind of response. Admin pages render per request and carry
// a script nonce; reader pages are rendered once and cached, so they cannot.
export interface PolicyOptions {
  /** `next dev`: React needs eval for its error overlays and stack traces. */
  isDevelopment?: boolean;
}

type Directives = Record<string, readonly string[]>;

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

const development = (options: PolicyOptions) => (options.isDevelopment ? ["'unsafe-eval'"] : []);

const common: Directives = {
  'default-src': ["'self'"],
  // Inline styles carry no script; React and the editor set style attributes.
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Admin, login and preview pages: only scripts carrying this request's nonce run, and the scripts
 * they load ('strict-dynamic': Next's chunks). Never framed.
 */
export function adminContentSecurityPolicy(nonce: string, options: PolicyOptions = {}): string {
  if (!NONCE.test(nonce)) throw new Error('A CSP nonce is at least 16 base64 characters');
  return serialise({
    ...common,
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...development(options)],
    // blob: for an image pasted into the editor before its upload finishes.
    'img-src': ["'self'", 'https:', 'data:', 'blob:'],
    'frame-ancestors': ["'none'"],
  });
}

/**
 * Reader pages (cached, so no nonce): scripts from the site itself plus inline ones, which Next's
 * streamed page data needs (`self.__next_f.push(…)` in every page). Bodies and names are escaped
 * or allow-listed before they reach the page; this policy still stops plugins, a foreign <base>,
 * forms posting elsewhere and scripts from other origins. Images come from the site or https.
 */
export function readerContentSecurityPolicy(options: PolicyOptions = {}): string {
  return serialise({
    ...common,
    'script-src': ["'self'", "'unsafe-inline'", ...development(options)],
    'img-src': ["'self'", 'https:', 'data:'],
    'frame-ancestors': ["'self'"],
  });
}

/** API responses are data, never documents: nothing loads and nothing frames them. */
export const apiContentSecurityPolicy = serialise({
  'default-src': ["'none'"],
  // next-auth's own fallback pages under /api/auth style themselves inline.
  'style-src': ["'unsafe-inline'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** Uploaded files: even opened directly, they run nothing and load nothing. */
export const mediaContentSecurityPolicy = "default-src 'none'; sandbox";

/** 16 random bytes, base64: unguessable, and fresh for every request. */
export function createCspNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
