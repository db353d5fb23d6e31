// npm run bench:editor -- [--editors N] [--rounds N] [--http]: N editors autosave their own drafts
// every 1–2 s at the same time against a throwaway PostgreSQL; prints the autosave round trip
// (p50/p95/p99/max) against the target, saves per second and revision rows. See bench-editor-args.ts.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { saveArticleInputSchema, type SaveArticleRequest } from '@/lib/articles/article-input-schema';
import { createDraftArticle } from '@/lib/articles/create-draft-article';
import { saveArticle } from '@/lib/articles/save-article';
import type { Actor } from '@/lib/auth/can';
import { hashPassword } from '@/lib/auth/password';
import { getPrisma } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { cleanUpOnSignals, startBenchDatabase } from './bench-database';
import { benchEditorUsage, parseBenchEditorArgs, type BenchEditorArgs } from './bench-editor-args';
import { findSaveActionId, postAutosave, signIn, startBenchServer, type BenchServer } from './bench-editor-http';
import { formatBenchEditorReport } from './bench-editor-report';
import { benchAutosaveRequest } from './bench-editor-workload';
import { errorMessage, exitWithError } from './exit-with-error';

const root = fileURLToPath(new URL('../../', import.meta.url));

type SaveOutcome = { ok: true; version: number } | { ok: false; error: string };
type SendAutosave = (editor: number, request: SaveArticleRequest) => Promise<SaveOutcome>;

interface BenchEditor { actor: Actor; email: string; password: string; articleId: string }

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function createEditors(count: number, withPasswords: boolean): Promise<BenchEditor[]> {
  const editors: BenchEditor[] = [];
  for (let index = 0; index < count; index++) {
    const email = `editor-${index + 1}@bench.test`;
    const password = randomBytes(12).toString('base64url');
    const user = await getPrisma().user.create({
      data: { email, name: `编辑${index + 1}`, role: 'EDITOR', passwordHash: withPasswords ? await hashPassword(password) : 'not-used' },
    });
    const actor: Actor = { id: user.id, role: user.role };
    editors.push({ actor, email, password, articleId: (await createDraftArticle(actor)).id });
  }
  return editors;
}

/** The save path measured: the server action's validation and saveArticle, in this process. */
function savesDirectly(editors: BenchEditor[]): SendAutosave {
  return async (editor, request) => {
    try {
      const result = await saveArticle(editors[editor]!.actor, saveArticleInputSchema.parse(request));
      return { ok: true, version: result.version };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  };
}

async function savesOverHttp(editors: BenchEditor[], server: BenchServer): Promise<SendAutosave> {
  const actionId = findSaveActionId(root);
  const cookies = await Promise.all(editors.map((editor) => signIn(server.origin, editor)));
  return (editor, request) => postAutosave({ origin: server.origin, actionId, cookie: cookies[editor]!, request });
}

async function runEditors(editors: BenchEditor[], args: BenchEditorArgs, send: SendAutosave) {
  const latencies: number[] = [];
  const errors: string[] = [];
  const versions = editors.map(() => 1);
  const save = async (editor: number, round: number): Promise<number | null> => {
    const started = performance.now();
    const outcome = await send(editor, benchAutosaveRequest({ id: editors[editor]!.articleId, baseVersion: versions[editor]!, editor, round }));
    const elapsed = performance.now() - started;
    if (!outcome.ok) {
      errors.push(outcome.error);
      return null;
    }
    versions[editor] = outcome.version;
    return elapsed;
  };
  // One unmeasured save each first: connections opened, code warmed, as on a running server.
  for (let editor = 0; editor < editors.length; editor++) await save(editor, 0);
  errors.length = 0;
  const started = performance.now();
  await Promise.all(
    editors.map(async (_, editor) => {
      await sleep(Math.random() * 2000);
      for (let round = 1; round <= args.rounds; round++) {
        const elapsed = await save(editor, round);
        if (elapsed !== null) latencies.push(elapsed);
        if (round < args.rounds) await sleep(1000 + Math.random() * 1000);
      }
    }),
  );
  return { latencies, errors, wallSeconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const parsed = parseBenchEditorArgs(process.argv.slice(2));
  if (!parsed.ok) exitWithError(parsed.error);
  if ('help' in parsed) {
    process.stdout.write(`${benchEditorUsage}\n`);
    return;
  }
  const { args } = parsed;
  const database = await startBenchDatabase('editor');
  let server: BenchServer | undefined;
  const cleanUp = async () => {
    await server?.stop().catch(() => undefined);
    await database.stop().catch(() => undefined);
  };
  cleanUpOnSignals(cleanUp);
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const editors = await createEditors(args.editors, args.isHttp);
    if (args.isHttp) server = await startBenchServer(root, database.url);
    const send = server ? await savesOverHttp(editors, server) : savesDirectly(editors);
    process.stderr.write(`${args.editors} editors autosaving ${args.rounds} times each…\n`);
    const { latencies, errors, wallSeconds } = await runEditors(editors, args, send);
    const revisionRows = await getPrisma().revision.count();
    const mode = args.isHttp
      ? 'full HTTP round trip: POST to the production server, saveArticleAction (session, validation, save), RSC response read'
      : 'server-side save path only (input validation + saveArticle on PostgreSQL, no HTTP); --http for the full round trip';
    const report = formatBenchEditorReport({ mode, editors: args.editors, rounds: args.rounds, latencies, failures: errors.length, wallSeconds, revisionRows });
    process.stdout.write(`${report.join('\n')}\n`);
    if (errors.length > 0) {
      process.stdout.write(`first failures: ${[...new Set(errors)].slice(0, 3).join('; ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    if (process.env.DATABASE_URL === database.url) await getPrisma().$disconnect().catch(() => undefined);
    await cleanUp();
  }
}

main().catch((error: unknown) => exitWithError(`bench:editor failed: ${errorMessage(error)}`));
