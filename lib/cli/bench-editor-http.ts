// The --http mode of bench:editor: the production server against the bench database, editors
// signed in through next-auth's credentials flow, autosaves posted to the save server action.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SaveArticleRequest } from '@/lib/articles/article-input-schema';
import { clearRouteCache } from './clear-route-cache';
import { isBuildStale, runNextBuild } from './build-if-needed';
import { startNextServer, type BenchServer } from './start-next-server';

const actionFile = 'app/(admin)/admin/articles/[id]/actions.ts';

interface ManifestEntry { filename?: string; exportedName?: string }

/** The id Next gave saveArticleAction in this build. */
export function findSaveActionId(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === actionFile && entry.exportedName === 'saveArticleAction');
  if (!found) throw new Error(`saveArticleAction is not in this build's server-reference manifest`);
  return found[0];
}

export type { BenchServer } from './start-next-server';

/** Builds if sources changed, then runs `next start` on a free port until stop(). */
export async function startBenchServer(root: string, databaseUrl: string): Promise<BenchServer> {
  if (isBuildStale(root)) {
    process.stderr.write('Building Inkstone for production (first run or changed sources)…\n');
    await runNextBuild(root);
  }
  clearRouteCache(root);
  return startNextServer({
    root,
    cwd: root,
    readyPath: '/login',
    env: (origin) => ({ DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: origin, INKSTONE_INTERNAL_ORIGIN: origin }),
  });
}

const cookiePairs = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');

/** Signs in through next-auth's credentials callback; returns the Cookie header of the session. */
export async function signIn(origin: string, user: { email: string; password: string }): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePairs(csrfResponse).join('; ') },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: 'true' }),
  });
  const session = cookiePairs(response).find((pair) => pair.includes('next-auth.session-token='));
  if (!session) throw new Error(`signing in ${user.email} failed (HTTP ${response.status})`);
  return session;
}

/**
 * Posts one autosave to the save action, as the browser does (React's reply encoding of one
 * plain object is its JSON), and reads the action's result from the RSC response.
 */
export async function postAutosave(options: { origin: string; actionId: string; cookie: string; request: SaveArticleRequest }): Promise<{ ok: true; version: number } | { ok: false; error: string }> {
  const response = await fetch(`${options.origin}/admin/articles/${options.request.id}`, {
    method: 'POST',
    headers: { accept: 'text/x-component', 'next-action': options.actionId, 'content-type': 'text/plain;charset=UTF-8', cookie: options.cookie, origin: options.origin },
    body: JSON.stringify([options.request]),
  });
  const text = await response.text();
  if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
  for (const line of text.split('\n')) {
    const json = /^[0-9a-f]+:(\{.*\})$/u.exec(line)?.[1];
    if (!json) continue;
    const result = JSON.parse(json) as { ok?: boolean; error?: string; data?: { version?: number } };
    if (result.ok === true && typeof result.data?.version === 'number') return { ok: true, version: result.data.version };
    if (result.ok === false) return { ok: false, error: result.error ?? 'unknown error' };
  }
  return { ok: false, error: 'no action result in the response' };
}
