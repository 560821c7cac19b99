import { defineConfig, devices } from '@playwright/test'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const port = Number(process.env.E2E_PORT ?? 4317)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/support/playwright-count-reporter.ts']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // File checks on the built bundle, once.
    { name: 'bundle', testMatch: /bundle\.spec\.ts/ },
    // Checks of volume (10,000 plays), once at desktop size: each user journey runs on both sizes below.
    {
      name: 'scale',
      testMatch: /\.scale\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } },
    },
    {
      name: 'phone',
      testIgnore: [/bundle\.spec\.ts/, /\.scale\.spec\.ts/],
      use: { ...devices['Pixel 5'], viewport: { width: 390, height: 844 }, browserName: 'chromium' },
    },
    {
      name: 'desktop',
      testIgnore: [/bundle\.spec\.ts/, /\.scale\.spec\.ts/],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } },
    },
  ],
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
