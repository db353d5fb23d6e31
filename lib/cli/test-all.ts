// `npm test`: typecheck, lint, npm audit of the production dependencies, unit + integration tests (Vitest), browser tests (Playwright);
// then one closing line counting every test run: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeNpmAudit, type AuditVerdict } from './judge-npm-audit';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reports = join(root, 'test-results', 'summary');

function run(label: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  process.stdout.write(`\n=== ${label} ===\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', () => resolve(1));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

function readCounts(file: string, pick: (json: Record<string, unknown>) => [number, number]): [number, number] | null {
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  } catch {
    return null;
  }
}

/** `npm audit --omit=dev`: high or critical advisories in what the server runs fail the run. */
function auditDependencies(): Promise<AuditVerdict> {
  process.stdout.write('\n=== npm audit --omit=dev ===\n');
  const npm = process.env.npm_execpath;
  const command = npm ? process.execPath : 'npm';
  const args = [...(npm ? [npm] : []), 'audit', '--omit=dev', '--json'];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', () => resolve(judgeNpmAudit('')));
    child.once('close', () => {
      const verdict = judgeNpmAudit(output);
      process.stdout.write(`${verdict.line}\n`);
      resolve(verdict);
    });
  });
}

async function main(): Promise<void> {
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const bin = (path: string) => join(root, 'node_modules', path);
  const failedChecks: string[] = [];

  if ((await run('typecheck', [bin('typescript/bin/tsc'), '--noEmit'])) !== 0) failedChecks.push('typecheck');
  if ((await run('lint', [bin('eslint/bin/eslint.js'), '.'])) !== 0) failedChecks.push('lint');
  const audit = await auditDependencies();
  if (audit.kind === 'advisories') failedChecks.push('npm audit');

  const vitestReport = join(reports, 'vitest.json');
  const vitestExit = await run('unit and integration tests', [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
  const vitest = readCounts(vitestReport, (json) => [Number(json.numPassedTests), Number(json.numFailedTests)]);

  const e2eReport = join(reports, 'playwright.json');
  const e2eExit = await run('browser tests', [bin('tsx/dist/cli.mjs'), 'e2e/run-e2e.ts'], { E2E_JSON_REPORT: e2eReport, CI: process.env.CI ?? '' });
  const e2e = readCounts(e2eReport, (json) => {
    const stats = json.stats as { expected: number; unexpected: number; flaky: number };
    return [stats.expected + stats.flaky, stats.unexpected];
  });

  if (!vitest) failedChecks.push('vitest produced no report');
  if (!e2e) failedChecks.push('playwright produced no report');
  if (vitest && vitestExit !== 0 && vitest[1] === 0) failedChecks.push('vitest exited with an error');
  if (e2e && e2eExit !== 0 && e2e[1] === 0) failedChecks.push('playwright exited with an error');

  const passed = (vitest?.[0] ?? 0) + (e2e?.[0] ?? 0);
  const failed = (vitest?.[1] ?? 0) + (e2e?.[1] ?? 0);
  process.stdout.write(`\n${audit.line}\n`);
  if (failedChecks.length) process.stdout.write(`\nFailed checks: ${failedChecks.join(', ')}\n`);
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 || failedChecks.length > 0 ? 1 : 0);
}

void main();
