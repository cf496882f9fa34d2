import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, test as base, type Page } from '@playwright/test';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DEMO_BUNDLE = join(ROOT, 'resources', 'demo', 'demo.jurybundle');
export const DEMO_SCORES = readdirSync(join(ROOT, 'resources', 'demo', 'scores')).map((name) =>
  join(ROOT, 'resources', 'demo', 'scores', name),
);
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
  /**
   * What went wrong in any page of the test, dialogs and second windows included: console errors, uncaught
   * exceptions, failed requests and error responses. A test fails when any is left at its end; a test that
   * provokes one on purpose takes it out with `expectProblem`.
   */
  problems: string[];
  expectProblem: (pattern: RegExp) => void;
}

const watched = new WeakSet<Page>();

/** Listens to a page for everything that would show a user, or a developer's console, that something broke. */
export function watchPage(page: Page, problems: string[]): void {
  if (watched.has(page)) return;
  watched.add(page);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download the page hands to the browser, or a request the page itself aborted, is no failure.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

export const test = base.extend<{ app: App; appLocale: string }>({
  appLocale: ['en-GB', { option: true }],
  app: async ({ browser, appLocale }, use) => {
    const requests: string[] = [];
    const problems: string[] = [];
    const expectProblem = (pattern: RegExp) => {
      const index = problems.findIndex((problem) => pattern.test(problem));
      if (index < 0) throw new Error(`expected a problem matching ${pattern}, got: ${problems.join('; ') || 'none'}`);
      problems.splice(index, 1);
    };
    const finish = () => {
      if (problems.length > 0) throw new Error(`Problems on the pages this test visited:\n${problems.join('\n')}`);
    };
    if (process.env.JURYDESK_E2E_TARGET === 'electron') {
      const application = await electron.launch({
        args: [join(ROOT, 'out', 'main', 'index.js'), `--lang=${appLocale}`],
      });
      application.on('window', (page) => watchPage(page, problems));
      const page = await application.firstWindow();
      watchPage(page, problems);
      page.on('request', (request) => requests.push(request.url()));
      await use({ page, requests, origin: 'app://jurydesk', problems, expectProblem });
      await application.close();
      finish();
      return;
    }
    const context = await browser.newContext({ locale: appLocale });
    context.on('page', (page) => {
      watchPage(page, problems);
      page.on('request', (request) => requests.push(request.url()));
    });
    const page = await context.newPage();
    await page.goto('/');
    await use({ page, requests, origin: new URL(page.url()).origin, problems, expectProblem });
    await context.close();
    finish();
  },
});

export { expect } from '@playwright/test';
