import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, test as base, type Page } from '@playwright/test';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DEMO_BUNDLE = join(ROOT, 'resources', 'demo', 'demo.jurybundle');
export const DEMO_SCORES = readdirSync(join(ROOT, 'resources', 'demo', 'scores')).map((name) => join(ROOT, 'resources', 'demo', 'scores', name));
/** Outside test-results/, which Playwright empties at each run: screenshots of every run stay to be looked at. */
export const SCREENSHOTS = join(ROOT, 'screenshots');

/**
 * The app under test: the built renderer in Chromium (here), or the real desktop app through Playwright's
 * Electron support where an Electron binary exists (JURYDESK_E2E_TARGET=electron). Specs only use `app`.
 */
export interface App {
  page: Page;
  /** Every URL the app requested, to prove nothing leaves its own origin. */
  requests: string[];
  origin: string;
}

export const test = base.extend<{ app: App; appLocale: string }>({
  appLocale: ['en-GB', { option: true }],
  app: async ({ browser, appLocale }, use) => {
    const requests: string[] = [];
    if (process.env.JURYDESK_E2E_TARGET === 'electron') {
      const application = await electron.launch({ args: [join(ROOT, 'out', 'main', 'index.js'), `--lang=${appLocale}`] });
      const page = await application.firstWindow();
      page.on('request', (request) => requests.push(request.url()));
      await use({ page, requests, origin: 'app://jurydesk' });
      await application.close();
      return;
    }
    const context = await browser.newContext({ locale: appLocale });
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/');
    await use({ page, requests, origin: new URL(page.url()).origin });
    await context.close();
  },
});

export { expect } from '@playwright/test';
