import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// What the production build under test contains, read from its manifests: the enumeration the
// access test checks against its table, so a new action, page or route cannot go unchecked.

export interface BuiltAction {
  id: string;
  /** Source file and export, e.g. `app/(admin)/admin/trash/actions.ts#purgeArticleAction`. */
  key: string;
  /** Route entries (`app/(admin)/admin/trash/page`) whose pages can call it. */
  pages: string[];
  /** A `'use cache'` function: a server reference too, but never callable from a browser. */
  isCacheFunction: boolean;
}

interface ReferenceManifest {
  node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
}

const buildFolder = join(process.cwd(), '.next', 'server');

export function listBuiltActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(join(buildFolder, 'server-reference-manifest.json'), 'utf8')) as ReferenceManifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    pages: Object.keys(entry.workers),
    isCacheFunction: entry.exportedName.startsWith('$$RSC_SERVER_CACHE'),
  }));
}

export interface BuiltRoute {
  /** The URL template: `/admin/tags/[id]`, `/api/uploads/images`. */
  path: string;
  /** The route group it lives in (`(admin)`, `(public)`), or null. */
  group: string | null;
  kind: 'page' | 'handler';
}

/** Every app route of the build. */
export function listBuiltRoutes(): BuiltRoute[] {
  const manifest = JSON.parse(readFileSync(join(buildFolder, 'app-paths-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.keys(manifest).map((entry) => ({
    path: entry.replace(/\/\([^)]+\)/gu, '').replace(/\/(page|route)$/u, '') || '/',
    group: /\/(\([^)]+\))/u.exec(entry)?.[1] ?? null,
    kind: entry.endsWith('/route') ? 'handler' : 'page',
  }));
}

/** The JavaScript files the build serves to browsers. */
export function listBrowserChunks(): string[] {
  const folder = join(process.cwd(), '.next', 'static');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => join(folder, file));
}
