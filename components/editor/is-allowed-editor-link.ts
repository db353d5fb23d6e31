import { normaliseLinkInput } from './link/normalise-link-input';

/**
 * The editor's link check: http, https and mailto only, matching the stored-document schema.
 * Autolink and paste checks see the typed text ("www.example.cn", "desk@example.cn") before the
 * default protocol is added, so bare hosts and e-mail addresses pass too.
 */
export function isAllowedEditorLink(url: string): boolean {
  return normaliseLinkInput(url).ok;
}
