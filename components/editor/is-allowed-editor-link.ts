import { normaliseLinkHref } from '@/lib/rich-text/normalise-link-href';

// Autolink and paste checks see the typed text ("www.example.cn", "desk@example.cn") before
// the default protocol is added, so bare hosts and e-mail addresses must pass here too.
const BARE_HOST_OR_EMAIL = /^(?:[^\s/:?#@]+@)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/** The editor's link check: http, https and mailto only, matching the stored-document schema. */
export function isAllowedEditorLink(url: string): boolean {
  return normaliseLinkHref(url) !== null || BARE_HOST_OR_EMAIL.test(url.trim());
}
