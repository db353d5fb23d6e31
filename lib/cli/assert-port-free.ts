import { createServer } from 'node:net';

/** Resolves when `port` can be bound on `hostname`; rejects with a message saying what to do otherwise. */
export function assertPortFree(port: number, hostname: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop the program using it, or choose another port: PORT=${port + 1} npm start`
        : `Cannot listen on ${hostname}:${port} (${error.code ?? error.message}).`;
      reject(new Error(reason));
    });
    probe.listen(port, hostname, () => probe.close(() => resolve()));
  });
}
