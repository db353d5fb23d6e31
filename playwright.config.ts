import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Run through `npm run test:e2e`, which starts a throwaway PostgreSQL and sets these variables.
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3100';
const port = new URL(baseURL).port || '3100';
const chromium = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.E2E_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]]
    : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node node_modules/tsx/dist/cli.mjs --conditions=react-server lib/cli/serve.ts',
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: port, HOSTNAME: '127.0.0.1' },
  },
});
