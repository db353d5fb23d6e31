import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '@/lib/db/find-free-port';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runServe(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'lib/cli/serve.ts'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

function expectOneLineError(stderr: string, text: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(text);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('npm start refuses bad setups with one clear line and a non-zero exit', () => {
  it('when DATABASE_URL points at no server', async () => {
    const port = await findFreePort();
    const result = await runServe({ PORT: String(await findFreePort()), DATABASE_URL: `postgresql://u:secret@127.0.0.1:${port}/none` });
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, `Cannot connect to the database at 127.0.0.1:${port}/none`);
    expect(result.stderr).not.toContain('secret');
  });

  it('when the port is busy', async () => {
    const busy = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => busy.listen(port, '0.0.0.0', resolve));
    try {
      const result = await runServe({ PORT: String(port) });
      expect(result.code).toBe(1);
      expectOneLineError(result.stderr, `Port ${port} is already in use`);
    } finally {
      busy.close();
    }
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL must start with postgres://'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 8 characters'],
  ])('when the environment is invalid: %o', async (env, text) => {
    const result = await runServe(env);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, text);
  });
});
