import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

async function isPostgresRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // After a reboot or in a container the old pid may belong to an unrelated process.
  const command = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => undefined);
  return command === undefined || command.trim() === 'postgres';
}

/**
 * A crash leaves postmaster.pid behind; PostgreSQL refuses to start if its pid now names a live
 * process. Removes the file when no PostgreSQL holds it, and refuses when one still does.
 */
export async function removeStalePostmasterPid(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresRunning(pid))) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${clusterDir}; stop it before starting another one`);
  }
  await rm(pidFile, { force: true });
}
