import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium where it exists (Playwright's browser download is unavailable here); JURYDESK_CHROMIUM overrides. */
const executablePath =
  process.env.JURYDESK_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const BASE_URL = 'http://127.0.0.1:4173';

/** How every test and bench run starts Chromium: quiet, offline, and able to run as root in a container. */
export const CHROMIUM_LAUNCH = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    // The built renderer in a plain browser, with the browser bridge (what `npm run web` serves).
    { name: 'browser', testIgnore: /desktop\// },
    // The desktop build over the wire harness: main's handlers, the built preload, Electron's IPC semantics.
    { name: 'desktop', testMatch: /desktop\/.*\.spec\.ts$/ },
  ],
  webServer: {
    command: 'npx vite preview --config vite.web.config.ts',
    url: BASE_URL,
    // Never another checkout's server: it would serve other code. A busy port fails the run with Playwright's message.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
