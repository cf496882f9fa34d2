import i18next, { type TFunction } from 'i18next';
import type { Page } from '@playwright/test';
import { frenchTypography, translatorOptions } from '@core/catalogue';
import { CHAIR_VIEWS } from '@renderer/features/chair/views';
import { STAFF_TABS } from '@renderer/features/staff/tabs';
import { DEMO_SCORES, expect, test } from './fixtures';
import { confirmEveryJurorKey, createIdentity, dumpIndexedDb } from './support';
import { DEMO_CALL, STAFF_KEY } from './staff-support';

/**
 * Moving across the views of a desk is reading, never deciding: arrows, Home and End on the tabs leave focus on the
 * tabs and every stored decision, setting and score as it was (docs/ACCESSIBILITY.md, "Tabs").
 */

type Language = 'en' | 'fr';

async function wordsOf(language: Language): Promise<TFunction> {
  const translator = i18next.createInstance();
  await translator.use(frenchTypography).init(translatorOptions(language, 'app'));
  return translator.t;
}

/** Enough frames for a view to draw and for anything it schedules on a frame (a virtual list's scroll) to run. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const next = () => (++frames >= 30 ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
}

/**
 * Walks the tab list with the keyboard, once round each way and past the ends, then Home and End; says after each key where focus
 * was when it was not on the selected tab, and which tabs were seen.
 */
async function arrowAcross(page: Page): Promise<{ strayFocus: string[]; visited: number }> {
  const tabCount = await page.getByRole('tab').count();
  const keys = [
    ...Array<string>(tabCount + 1).fill('ArrowRight'),
    ...Array<string>(tabCount + 1).fill('ArrowLeft'),
    'End',
    'Home',
  ];
  const visited = new Set<string>();
  const strayFocus: string[] = [];
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key);
    await settle(page);
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const onTab = element?.getAttribute('role') === 'tab' && element.getAttribute('aria-selected') === 'true';
      return { onTab, name: `${element?.tagName.toLowerCase()} ${element?.id}: ${element?.textContent?.slice(0, 40)}` };
    });
    if (focused.onTab) visited.add(focused.name);
    else strayFocus.push(`key ${index + 1} (${key}) left focus on ${focused.name}`);
  }
  expect(tabCount).toBeGreaterThan(1);
  return { strayFocus, visited: visited.size };
}

for (const language of ['fr', 'en'] as const) {
  test.describe(`arrows across the desks' tabs (${language})`, () => {
    test.use({ appLocale: language === 'fr' ? 'fr-FR' : 'en-GB' });

    test('the chair’s views: no decision, setting or score changes, focus stays on the tabs', async ({ app }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await createIdentity(page, 'Claire Martin', language);
      await page.getByRole('button', { name: t('calls.openDemo') }).click();
      await page.getByRole('button', { name: t('call.whoChoose', { name: 'Claire Martin' }) }).click();
      await page.getByRole('button', { name: t('chair.link') }).click();
      await page.getByLabel(t('chair.import'), { exact: true }).setInputFiles(DEMO_SCORES);
      await confirmEveryJurorKey(page);
      // The discussion opens at the first application to discuss: the Decide view brings its editor into view.
      await page.getByRole('tab', { name: t('chair.view.discuss') }).click();
      await settle(page);
      const before = await dumpIndexedDb(page);
      await page.getByRole('tab', { name: t('chair.view.discuss') }).focus();
      const walk = await arrowAcross(page);
      expect(await dumpIndexedDb(page)).toEqual(before);
      expect(before['decisions'] ?? []).toEqual([]);
      expect(walk).toEqual({ strayFocus: [], visited: CHAIR_VIEWS.length });
    });

    test('the staff’s steps: the call being prepared stays as it was, focus stays on the tabs', async ({ app }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await page.getByRole('button', { name: t('welcome.staff') }).click();
      await page.getByLabel(t('staff.keyFile'), { exact: true }).setInputFiles(STAFF_KEY);
      await page.getByRole('button', { name: t('staff.importKey') }).click();
      await page.getByLabel(t('staff.openDescription'), { exact: true }).last().setInputFiles(DEMO_CALL);
      await expect(page.getByRole('tab', { name: t('staff.tab.call') })).toBeVisible();
      await settle(page);
      const before = await dumpIndexedDb(page);
      await page.getByRole('tab', { name: t('staff.tab.call') }).focus();
      const walk = await arrowAcross(page);
      expect(await dumpIndexedDb(page)).toEqual(before);
      expect(walk).toEqual({ strayFocus: [], visited: STAFF_TABS.length });
    });
  });
}
