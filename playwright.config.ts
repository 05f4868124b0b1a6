import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser';

const port = Number(process.env.TEST_PORT || 5174);

// Each rendering spec loops over both backends itself, so one browser project suffices.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1000, height: 700 },
  },
  webServer: {
    command: `npx vite --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/app/index.html`,
    reuseExistingServer: !process.env.CI,
    env: { MODELSHOT_TEST_SERVER: '1' },
    timeout: 60_000,
  },
});
