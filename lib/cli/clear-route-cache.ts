import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Forgets the reader pages a previous run rendered and kept on disk (.next/server/route-cache).
 * The database may have changed while no server was running to expire them (another database,
 * an import run, a restore), so every start renders them afresh.
 */
export function clearRouteCache(root: string): void {
  rmSync(join(root, '.next', 'server', 'route-cache'), { recursive: true, force: true });
}
