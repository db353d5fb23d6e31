import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { messages } from '@/i18n/messages';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/u.test(file) && !/\.test\.tsx?$/u.test(file) && !file.includes('generated'))
    .map((file) => join(root, dir, file));
}

/** Every audit action the code records: `action: 'x.y'` in lib/ and app/, plus the sign-in events. */
function recordedActions(): string[] {
  const found = new Set(['auth.login', 'auth.login_failed', 'auth.login_throttled', 'auth.logout']);
  for (const file of [...sourceFiles('lib'), ...sourceFiles('app')]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\baction: '([a-z_]+(?:\.[a-z_]+)+)'/gu)) found.add(match[1]!);
  }
  return [...found].sort();
}

function dottedKeys(value: unknown, path: string): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [...(key.includes('.') ? [`${path}${key}`] : []), ...dottedKeys(child, `${path}${key}/`)]);
}

describe('audit action labels', () => {
  it('no message key contains a dot (next-intl reads dots as nesting, so such a key is never found)', () => {
    for (const locale of locales) expect(dottedKeys(messages[locale], `${locale}: `)).toEqual([]);
  });

  it.each(locales)('every recorded action has a label in %s, as the audit page looks it up', (locale) => {
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'audit' });
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((action) => !t.has(`actions.${action}` as never))).toEqual([]);
  });
});
