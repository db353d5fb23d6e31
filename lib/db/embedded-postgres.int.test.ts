import { spawn } from 'node:child_process';
import { access, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';
import { findFreePort } from './find-free-port';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let dataDir: string;
  const start = async () => startEmbeddedPostgres({ dataDir, port: await findFreePort(), database: 'kept' });

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'inkstone-embedded-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps data across restarts and starts after a crash left postmaster.pid behind', async () => {
    const first = await start();
    await query(first.url, 'CREATE TABLE kept (id INTEGER)');
    await first.stop();
    // After a reboot the old pid may name another process of the same user: PostgreSQL alone refuses then.
    const { uid, gid } = await stat(join(dataDir, 'cluster'));
    const impostor = spawn('sleep', ['60'], process.getuid?.() === 0 ? { uid, gid } : {});
    await writeFile(join(dataDir, 'cluster', 'postmaster.pid'), `${impostor.pid}\n${join(dataDir, 'cluster')}\n`);

    const second = await start().finally(() => impostor.kill());
    try {
      expect(await query(second.url, `SELECT to_regclass('kept')::text AS kept`)).toEqual([{ kept: 'kept' }]);
      expect(await query(second.url, 'SHOW server_encoding')).toEqual([{ server_encoding: 'UTF8' }]);
      await expect(start()).rejects.toThrow(/already running/);
    } finally {
      await second.stop();
    }
  });

  it('initialises again when the first start never completed', async () => {
    const first = await start();
    await query(first.url, 'CREATE TABLE lost (id INTEGER)');
    await first.stop();
    await rm(join(dataDir, 'cluster', 'inkstone-ready'));

    const second = await start();
    try {
      expect(await query(second.url, `SELECT to_regclass('lost') AS lost`)).toEqual([{ lost: null }]);
    } finally {
      await second.stop();
    }
  });

  it('deletes the data directory on stop when not persistent', async () => {
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
    expect(await query(server.url, 'SELECT current_database() AS name')).toEqual([{ name: 'inkstone' }]);
    await server.stop();
    await expect(access(dataDir)).rejects.toThrow();
  });
});
