import { test as base, type Page } from '@playwright/test';
import { watchPage } from '../fixtures';
import { DesktopHarness } from './harness';

export interface Desktop {
  page: Page;
  harness: DesktopHarness;
  /** As the browser project's: what went wrong on any page of the test, the projector's window included. */
  problems: string[];
  expectProblem: (pattern: RegExp) => void;
}

/** The desktop e2e project: each test gets a fresh desktop app over the wire harness, in the system's locale. */
export const test = base.extend<{ desktop: Desktop; appLocale: string }>({
  appLocale: ['fr-FR', { option: true }],
  desktop: async ({ browser, appLocale }, use) => {
    const problems: string[] = [];
    const context = await browser.newContext({ locale: appLocale, acceptDownloads: false });
    context.on('page', (page) => watchPage(page, problems));
    const harness = new DesktopHarness(context, appLocale);
    const page = await harness.start();
    const expectProblem = (pattern: RegExp) => {
      const index = problems.findIndex((problem) => pattern.test(problem));
      if (index < 0) throw new Error(`expected a problem matching ${pattern}, got: ${problems.join('; ') || 'none'}`);
      problems.splice(index, 1);
    };
    await use({ page, harness, problems, expectProblem });
    await context.close();
    if (problems.length > 0) throw new Error(`Problems on the pages this test visited:\n${problems.join('\n')}`);
  },
});

export { expect } from '@playwright/test';
