import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));
const exclude = [...configDefaults.exclude, '**/.next/**', 'e2e/**', 'lib/db/generated/**'];

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside React Server Components; tests import server modules directly.
      { find: /^server-only$/, replacement: fileURLToPath(new URL('./test/empty-module.ts', import.meta.url)) },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['**/*.int.test.ts'],
          exclude,
          globalSetup: ['test/integration-global-setup.ts'],
          setupFiles: ['test/integration-setup.ts'],
          // The files share one database, so they run one at a time.
          fileParallelism: false,
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
