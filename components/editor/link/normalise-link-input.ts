import { normaliseLinkHref } from '@/lib/rich-text/normalise-link-href';

// What people type or paste without a scheme: a host with a dot ("www.example.cn/a", "新华网.中国"),
// or an e-mail address.
const BARE_HOST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/u;
const BARE_EMAIL = /^[^\s/:?#@]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

export type LinkInputResult = { ok: true; href: string } | { ok: false; error: 'required' | 'invalid' };

/**
 * The href for what an editor typed into the link field: http, https and mailto URLs as they
 * are, bare hosts as https://, bare e-mail addresses as mailto:; anything else (javascript:,
 * data:, relative paths...) is refused.
 */
export function normaliseLinkInput(input: string): LinkInputResult {
  const value = input.trim();
  if (value === '') return { ok: false, error: 'required' };
  const prefixed = BARE_EMAIL.test(value) ? `mailto:${value}` : BARE_HOST.test(value) ? `https://${value}` : value;
  const href = normaliseLinkHref(prefixed);
  return href === null ? { ok: false, error: 'invalid' } : { ok: true, href };
}
