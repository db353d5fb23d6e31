import { createServer } from 'node:net';

/** Asks the OS for a free TCP port on 127.0.0.1 (free now; a port is never reserved). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('No port was assigned')) : resolve(port)));
    });
  });
}
