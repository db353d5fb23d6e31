import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceEntries = ['app', 'components', 'lib', 'i18n', 'messages', 'types', 'public', 'next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const skipped = new Set(['node_modules', 'generated', 'cli']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (skipped.has(entry) || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when there is no production build, or a source file changed after it was made. */
export function isBuildStale(root: string): boolean {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return sourceEntries.some((entry) => newestMtime(join(root, entry)) > builtAt);
}

/** `next build` of the project at `root` with its Next.js, or of the Next.js app in `appDir`. */
export function runNextBuild(root: string, appDir?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Next builds the app in the directory it runs in.
    const child = spawn(process.execPath, [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      cwd: appDir ?? root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
}
