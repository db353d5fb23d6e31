import { maxTagsPerArticle } from '@/lib/articles/article-input-schema';
import { tagNameMaxLength } from '@/lib/tags/tag-input-schema';

// The separators the save action splits the tags field on (tagNamesSchema).
const separators = /[,，、;；\n]/u;
/** What the picker writes between names: the form the server itself loads the field in. */
export const tagNamesSeparator = ', ';

/**
 * A width-, case- and space-blind key for spotting the same name typed twice. The script
 * (Traditional/Simplified) is folded on the server only: OpenCC is too large for the browser, and
 * the save resolves both scripts to one tag anyway.
 */
export function tagNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

function cleanName(name: string): string {
  return name.trim().replace(/\s+/gu, ' ');
}

/** The names in a tags field, in order, cleaned as the server cleans them, each once. */
export function parseTagNames(text: string): string[] {
  const names: string[] = [];
  const keys = new Set<string>();
  for (const part of text.split(separators)) {
    const name = cleanName(part);
    const key = tagNameKey(name);
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    names.push(name);
  }
  return names;
}

export function joinTagNames(names: readonly string[]): string {
  return names.join(tagNamesSeparator);
}

/** Typed text cut after its last separator: the finished names, and the name still being typed. */
export function splitFinishedNames(text: string): { finished: string; typing: string } {
  const parts = text.split(separators);
  const typing = parts.at(-1) ?? '';
  return { finished: text.slice(0, text.length - typing.length), typing };
}

export function includesTagName(names: readonly string[], name: string): boolean {
  const key = tagNameKey(name);
  return names.some((existing) => tagNameKey(existing) === key);
}

/** The names with the one at `index` moved by `offset` places (clamped to the ends). */
export function moveTagName(names: readonly string[], index: number, offset: number): string[] {
  const target = Math.min(Math.max(index + offset, 0), names.length - 1);
  if (index < 0 || index >= names.length || target === index) return [...names];
  const next = [...names];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

export function removeTagName(names: readonly string[], index: number): string[] {
  return names.filter((_, position) => position !== index);
}

export type AddTagNamesProblem = 'tooLong' | 'tooMany';

export interface AddTagNamesResult {
  names: string[];
  /** The cleaned names that were new to the list and added. */
  added: string[];
  /** Why some typed names were left out (the first reason met). */
  problem: AddTagNamesProblem | null;
}

/**
 * Adds typed text to the list: separators split it into several names, names already there are
 * skipped, a name over the length limit is refused, and nothing goes past the per-article limit.
 */
export function addTagNames(names: readonly string[], typed: string): AddTagNamesResult {
  const next = [...names];
  const added: string[] = [];
  let problem: AddTagNamesProblem | null = null;
  for (const part of typed.split(separators)) {
    const name = cleanName(part);
    if (name === '' || includesTagName(next, name)) continue;
    if (name.length > tagNameMaxLength) {
      problem ??= 'tooLong';
      continue;
    }
    if (next.length >= maxTagsPerArticle) {
      problem ??= 'tooMany';
      break;
    }
    next.push(name);
    added.push(name);
  }
  return { names: next, added, problem };
}
