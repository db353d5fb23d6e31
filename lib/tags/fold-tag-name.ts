import { foldText } from '@/lib/text/fold-text';

/**
 * The comparison key of a tag name: foldText (width, script, case) with all whitespace removed,
 * so 知識產權, 知识产权 and "知识 产权" share one key.
 */
export function foldTagName(name: string): string {
  return foldText(name).replace(/\s+/gu, '');
}
