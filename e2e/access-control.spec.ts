import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { localeCookie } from '../i18n/locales';
import { actionAccess, fillParams, publicActions, handlerAccess, pageAccess, publicHandlers, publicPages, type Role } from './support/access-table';
import { listBrowserChunks, listBuiltActions, listBuiltRoutes, type BuiltAction } from './support/build-manifests';
import { database } from './support/database';
import { createUser } from './support/factories';

// Generated from the build: every server action, admin page and route handler the production
// server has is called by every kind of caller, and must refuse those without the right
// (anonymous, with a forged cookie or a forged `x-middleware-subrequest` header, a disabled
// account, lower roles), change nothing for them, and let the right roles past the check.

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3100';
const roles: Role[] = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'];
const refusalCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
const forgedSubrequest = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' };
const forgedProxySubrequest = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' };
// A cookie with the session's name but no valid session: it gets past the proxy's cookie check.
const forgedCookie = { cookie: 'next-auth.session-token=forged' };

interface Caller {
  name: string;
  headers: Record<string, string>;
}

async function signIn(user: { email: string; password: string }): Promise<string> {
  const csrfResponse = await fetch(`${baseURL}/api/auth/csrf`);
  const csrfCookies = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '').find((pair) => pair.includes('session-token='));
  if (!session) throw new Error(`sign-in failed for ${user.email}`);
  return session;
}

/** A signed-in caller per role, and one whose account was disabled after signing in. */
async function signedInCallers(): Promise<{ byRole: Record<Role, Caller>; disabled: Caller }> {
  const byRole = {} as Record<Role, Caller>;
  for (const role of roles) byRole[role] = { name: role, headers: { cookie: await signIn(await createUser(role)) } };
  const doomed = await createUser('ADMIN');
  const disabledCookie = await signIn(doomed);
  await database().query('UPDATE users SET disabled = true WHERE id = $1', [doomed.id]);
  return { byRole, disabled: { name: 'disabled admin', headers: { cookie: disabledCookie } } };
}

const anonymousCallers: Caller[] = [
  { name: 'anonymous', headers: {} },
  { name: 'anonymous with a forged session cookie', headers: forgedCookie },
  { name: 'anonymous with a forged middleware subrequest header', headers: forgedSubrequest },
  { name: 'anonymous with a forged proxy subrequest header', headers: forgedProxySubrequest },
];

/** Everything a refused call must not have changed. */
async function databaseFingerprint(): Promise<string> {
  const { rows } = await database().query(`SELECT concat_ws('|',
    (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM articles),
    (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM tags),
    (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM users),
    (SELECT count(*) FROM article_tags), (SELECT count(*) FROM tag_aliases), (SELECT count(*) FROM revisions),
    (SELECT count(*) FROM import_batches), (SELECT count(*) FROM media)) AS fingerprint`);
  return String(rows[0].fingerprint);
}

const pageOfWorker = (worker: string) => worker.replace(/^app/u, '').replace(/\/\([^)]+\)/gu, '').replace(/\/page$/u, '') || '/';

interface ActionOutcome {
  status: number;
  result: { ok: boolean; error?: string } | null;
  setsLocale: boolean;
}

async function callAction(action: BuiltAction, args: unknown[], headers: Record<string, string>, origin: string | null = baseURL): Promise<ActionOutcome> {
  const page = fillParams(pageOfWorker(action.pages[0] ?? 'app/admin/page'));
  const response = await fetch(`${baseURL}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8', ...(origin ? { origin } : {}), ...headers },
    body: JSON.stringify(args),
  });
  const line = /^1:(\{.*)$/mu.exec(await response.text())?.[1];
  return {
    status: response.status,
    result: line ? (JSON.parse(line) as ActionOutcome['result']) : null,
    setsLocale: response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${localeCookie}=`)),
  };
}

const isRefused = (key: string, outcome: ActionOutcome) =>
  key.endsWith('#setAdminLocale') ? !outcome.setsLocale : outcome.result === null || (outcome.result.ok === false && refusalCodes.has(outcome.result.error ?? ''));
const isPastTheCheck = (key: string, outcome: ActionOutcome) =>
  key.endsWith('#setAdminLocale') ? outcome.setsLocale : outcome.result !== null && !refusalCodes.has(outcome.result.error ?? '');

test('every server action, admin page and route handler of the build has a row in the access table', () => {
  const actions = listBuiltActions().filter((action) => !action.isCacheFunction).map((action) => action.key);
  expect(actions.filter((key) => !(key in actionAccess) && !(key in publicActions)), 'actions without a row').toEqual([]);
  expect([...Object.keys(actionAccess), ...Object.keys(publicActions)].filter((key) => !actions.includes(key)), 'rows for actions the build does not have').toEqual([]);
  const routes = listBuiltRoutes().filter((route) => route.group !== '(public)');
  const pages = routes.filter((route) => route.kind === 'page').map((route) => route.path);
  const handlers = routes.filter((route) => route.kind === 'handler').map((route) => route.path);
  expect(pages.filter((path) => !(path in pageAccess) && !(path in publicPages)), 'pages without a row').toEqual([]);
  expect(handlers.filter((path) => !(path in handlerAccess) && !(path in publicHandlers)), 'route handlers without a row').toEqual([]);
  expect(Object.keys(pageAccess).filter((path) => !pages.includes(path)), 'rows for pages the build does not have').toEqual([]);
});

test('server actions refuse callers without the right, change nothing for them, and let the right roles past the check', async () => {
  test.setTimeout(180_000);
  const { byRole, disabled } = await signedInCallers();
  for (const action of listBuiltActions().filter((candidate) => !candidate.isCacheFunction)) {
    const row = actionAccess[action.key];
    if (!row) continue;
    const refusedCallers = [...anonymousCallers, disabled, ...roles.filter((role) => !row.allowed.includes(role)).map((role) => byRole[role])];
    const before = await databaseFingerprint();
    for (const caller of refusedCallers) {
      expect.soft(isRefused(action.key, await callAction(action, row.args, caller.headers)), `${action.key} by ${caller.name}`).toBe(true);
      expect.soft(isRefused(action.key, await callAction(action, row.args, caller.headers, null)), `${action.key} by ${caller.name} without Origin`).toBe(true);
    }
    expect.soft(await databaseFingerprint(), `${action.key}: refused calls changed the database`).toBe(before);
    for (const role of row.allowed) {
      expect.soft(isPastTheCheck(action.key, await callAction(action, row.args, byRole[role].headers)), `${action.key} by ${role}`).toBe(true);
    }
    // A cross-site request with a valid session (CSRF) is refused by the Origin check before the action runs.
    const firstAllowed = row.allowed[0];
    if (firstAllowed) {
      const forged = await callAction(action, row.args, byRole[firstAllowed].headers, 'https://evil.example');
      expect.soft(forged.result === null && !forged.setsLocale, `${action.key} by ${firstAllowed} from another origin`).toBe(true);
    }
  }
});

// 'use cache' functions are server references too, and Next runs one for a request that names its
// id. Their ids never reach a browser, and they may only load what the reader site shows anyway.
const publicDataModules = /^lib\/(reader|feeds|sitemap|search)\//u;

test('cached data functions load only public reader data, and their ids never reach a browser', () => {
  const cacheFunctions = listBuiltActions().filter((action) => action.isCacheFunction);
  expect(cacheFunctions.length).toBeGreaterThan(0);
  expect(cacheFunctions.map((cached) => cached.key).filter((key) => !publicDataModules.test(key)), 'cached outside the reader modules').toEqual([]);
  const browserCode = listBrowserChunks().map((file) => readFileSync(file, 'utf8')).join('\n');
  expect(cacheFunctions.filter((cached) => browserCode.includes(cached.id)).map((cached) => cached.key), 'ids in browser code').toEqual([]);
  // The check above can see ids: the browser code does name the server actions pages call.
  expect(listBuiltActions().some((action) => !action.isCacheFunction && browserCode.includes(action.id))).toBe(true);
});

async function openPage(path: string, headers: Record<string, string>): Promise<{ status: number; location: string }> {
  const response = await fetch(`${baseURL}${path}`, { redirect: 'manual', headers });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location') ?? '' };
}

test('admin pages send anonymous and disabled callers to sign in, answer 403 to lower roles and open for the right ones', async () => {
  test.setTimeout(120_000);
  const { byRole, disabled } = await signedInCallers();
  for (const [template, allowed] of Object.entries(pageAccess)) {
    const path = fillParams(template);
    for (const caller of [...anonymousCallers, disabled]) {
      const { status, location } = await openPage(path, caller.headers);
      expect.soft([status, location.replace(/\?.*$/u, '').replace(baseURL, '')], `${template} for ${caller.name}`).toEqual([307, '/login']);
    }
    for (const role of roles) {
      const { status } = await openPage(path, byRole[role].headers);
      if (allowed.includes(role)) expect.soft([200, 404], `${template} for ${role}`).toContain(status);
      else expect.soft(status, `${template} for ${role}`).toBe(403);
    }
  }
});

test('route handlers refuse callers without the right, and refuse other origins even with a valid session', async () => {
  test.setTimeout(120_000);
  const { byRole, disabled } = await signedInCallers();
  const send = async (template: string, method: string, headers: Record<string, string>, origin: string | null = baseURL) => {
    const response = await fetch(`${baseURL}${fillParams(template)}`, {
      method,
      redirect: 'manual',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'a.txt', ...(origin ? { origin } : {}), ...headers },
      body: method === 'GET' ? undefined : 'x',
    });
    await response.arrayBuffer();
    return response.status;
  };
  for (const [template, row] of Object.entries(handlerAccess)) {
    const before = await databaseFingerprint();
    for (const caller of [...anonymousCallers, disabled]) expect.soft([401, 403], `${template} for ${caller.name}`).toContain(await send(template, row.method, caller.headers));
    for (const role of roles.filter((candidate) => !row.allowed.includes(candidate))) {
      expect.soft(await send(template, row.method, byRole[role].headers), `${template} for ${role}`).toBe(403);
    }
    for (const origin of ['https://evil.example', null]) {
      expect.soft(await send(template, row.method, byRole.ADMIN.headers, origin), `${template} from ${origin ?? 'no origin'}`).toBe(403);
    }
    expect.soft(await databaseFingerprint(), `${template}: refused calls changed the database`).toBe(before);
    for (const role of row.allowed) expect.soft([401, 403], `${template} for ${role}`).not.toContain(await send(template, row.method, byRole[role].headers));
  }
});
