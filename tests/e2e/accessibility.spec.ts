import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { Locator, Page } from '@playwright/test';
import { frenchTypography, translatorOptions } from '@core/catalogue';
import { CHAIR_VIEWS } from '@renderer/features/chair/views';
import { STAFF_TABS } from '@renderer/features/staff/tabs';
import { DEMO_BUNDLE, DEMO_SCORES, SCREENSHOTS, expect, test } from './fixtures';
import { axeViolations, confirmEveryJurorKey, createIdentity, openBundle } from './support';
import { DEMO_CALL, STAFF_KEY } from './staff-support';

/**
 * The checks of docs/ACCESSIBILITY.md that no automated rule makes: focus after navigation and after dialogs, the
 * window's title, reflow at 320 CSS pixels, single-key shortcuts that can be turned off, radio groups, a quiet live
 * region, the ranking's semantics, the focus indicator's contrast, the language of parts and the PDF's text layer.
 * Each runs in both languages, from the app's own catalogue.
 */

type Language = 'en' | 'fr';
const DEMO_CALL_ID = 'cap-inclusion-2027-demo';

async function wordsOf(language: Language): Promise<TFunction> {
  const translator = i18next.createInstance();
  await translator.use(frenchTypography).init(translatorOptions(language, 'app'));
  return translator.t;
}

/** The element that has focus, described for a readable failure. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 80)}`;
  });
}

async function expectHeadingFocused(page: Page, heading: string | RegExp) {
  await expect(page.locator('h2.page-heading')).toBeFocused();
  await expect(page.locator('h2.page-heading')).toHaveText(heading);
}

/** Everything that scrolls the page sideways at this width: the elements whose right edge passes the viewport. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const elements = [...document.querySelectorAll<HTMLElement>('body *')];
    const passes = (element: Element) => element.getBoundingClientRect().right > root.clientWidth + 0.5;
    // The innermost elements that pass the edge, and those whose content spills out of them (a long word): the
    // ones to fix.
    const culprits = [
      ...elements.filter((element) => passes(element) && ![...element.children].some(passes)),
      ...elements.filter(
        (element) =>
          element.clientWidth > 0 &&
          element.scrollWidth > element.clientWidth + 1 &&
          getComputedStyle(element).overflowX === 'visible',
      ),
    ]
      .slice(-6)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} px of content)`);
    return [`page ${root.scrollWidth} px wide in ${root.clientWidth}`, ...culprits];
  });
}

/**
 * Buttons squeezed narrower than their words, a label broken a letter or two per line: narrower than the longest
 * word of the label would need (up to twelve characters; a fingerprint may break anywhere).
 */
async function crushedButtons(page: Page): Promise<string[]> {
  return page.locator('.button:visible').evaluateAll((buttons) =>
    buttons
      .filter((button) => {
        const longest = Math.max(...(button.textContent ?? '').split(/\s+/).map((word) => word.length));
        const fontSize = parseFloat(getComputedStyle(button).fontSize);
        return button.clientWidth < Math.min(longest, 12) * fontSize * 0.6;
      })
      .map((button) => `${(button.textContent ?? '').trim()} (${button.clientWidth} px)`),
  );
}

/** The radar axis labels that pass the edge of their chart, by their text. */
async function clippedRadarLabels(page: Page): Promise<string[]> {
  await expect(page.locator('.radar__chart svg text').first()).toBeVisible();
  return page.locator('.radar__chart').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const frame = chart.querySelector('svg')!.getBoundingClientRect();
      return [...chart.querySelectorAll('svg text')]
        .filter((label) => {
          const box = label.getBoundingClientRect();
          return (
            box.left < frame.left - 0.5 ||
            box.right > frame.right + 0.5 ||
            box.top < frame.top - 0.5 ||
            box.bottom > frame.bottom + 0.5
          );
        })
        .map((label) => label.textContent ?? '');
    }),
  );
}

/** WCAG's contrast ratio of two CSS colours as the browser computes them (rgb or rgba over white). */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The focus ring of the element that has focus, and the colour of what it is drawn on (the nearest opaque background). */
async function focusRing(page: Page): Promise<{ ring: string; background: string; width: number; what: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const drawn = element.closest('.scale__option') ?? element;
    const ringStyle = drawn === element ? style : getComputedStyle(drawn);
    let background = 'rgb(255, 255, 255)';
    for (let parent = drawn.parentElement; parent; parent = parent.parentElement) {
      const colour = getComputedStyle(parent).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        background = colour;
        break;
      }
    }
    return {
      ring: ringStyle.outlineColor,
      background,
      width: parseFloat(ringStyle.outlineWidth),
      what: `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 40)}`,
    };
  });
}

async function openDemoAs(page: Page, t: TFunction, name: string) {
  await createIdentity(page, name, t('language.label') === 'Langue' ? 'fr' : 'en');
  await page.getByRole('button', { name: t('calls.openDemo') }).click();
  await page.getByRole('button', { name: t('call.whoChoose', { name }) }).click();
}

for (const language of ['en', 'fr'] as const) {
  test.describe(`accessibility beyond axe (${language})`, () => {
    test.use({ appLocale: language === 'fr' ? 'fr-FR' : 'en-GB' });

    test('each page names the window and takes focus at its heading; every dialog gives focus back', async ({
      app,
    }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await expect(page).toHaveTitle(`${t('welcome.title')} — Jurydesk`);
      await createIdentity(page, 'Claire Martin', language);
      await expect(page).toHaveTitle(`${t('calls.title')} — Jurydesk`);
      await expectHeadingFocused(page, t('calls.title'));
      // A bundle from an unknown issuer asks for its fingerprint; chosen through a file picker or dropped, it had no
      // trigger on the page: cancelled, focus goes back to the page's heading.
      await openBundle(page, DEMO_BUNDLE, language);
      const trust = page.getByRole('dialog', { name: t('import.confirmTitle') });
      await expect(trust).toBeVisible();
      await trust.getByRole('button', { name: t('action.cancel') }).click();
      await expect(trust).toBeHidden();
      await expectHeadingFocused(page, t('calls.title'));

      await page.getByRole('button', { name: t('calls.openDemo') }).click();
      await expect(page.locator('h2.page-heading')).not.toHaveText(t('calls.title'));
      const call = (await page.locator('h2.page-heading').textContent())!;
      await expect(page).toHaveTitle(`${t('call.applications')} — ${call} — Jurydesk`);
      await expectHeadingFocused(page, call);
      await page.getByRole('button', { name: t('call.whoChoose', { name: 'Claire Martin' }) }).click();

      await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
      await expect(page).toHaveTitle(`Clic’Solidaire — ${call} — Jurydesk`);
      await expectHeadingFocused(page, /Clic’Solidaire/);
      // Opened by a shortcut, the dialog has no trigger: focus goes back to where it was, the page's heading.
      await page.keyboard.press('?');
      const shortcuts = page.getByRole('dialog', { name: t('shortcuts.title') });
      await expect(shortcuts).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(shortcuts).toBeHidden();
      await expectHeadingFocused(page, /Clic’Solidaire/);
      // Opened by its button, it gives focus back to that button.
      const shortcutsButton = page.getByRole('button', { name: t('application.shortcuts'), exact: true });
      await shortcutsButton.click();
      await shortcuts.getByRole('button', { name: t('action.close') }).click();
      await expect(shortcutsButton).toBeFocused();
      // The next application is a new page too: the shortcut N brings focus to its heading.
      await page.keyboard.press('n');
      await expectHeadingFocused(page, /Parole Numérique/);

      await page.getByRole('link', { name: t('nav.check') }).click();
      await expect(page).toHaveTitle(`${t('verify.title')} — Jurydesk`);
      await expectHeadingFocused(page, t('verify.title'));

      await page.getByRole('link', { name: t('nav.identity') }).click();
      await expect(page).toHaveTitle(`${t('identity.title')} — Jurydesk`);
      await expectHeadingFocused(page, t('identity.title'));
      const erase = page.getByRole('button', { name: t('everything.open') });
      await erase.click();
      const eraseDialog = page.getByRole('dialog', { name: t('everything.dialogTitle') });
      await expect(eraseDialog).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(eraseDialog).toBeHidden();
      await expect(erase).toBeFocused();

      await page.getByRole('link', { name: t('nav.calls') }).click();
      const eraseCall = page.getByRole('button', { name: t('erase.open', { call }) });
      await eraseCall.click();
      const eraseCallDialog = page.getByRole('dialog', { name: t('erase.title', { call }) });
      await expect(eraseCallDialog).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await eraseCallDialog.getByRole('button', { name: t('action.cancel') }).click();
      await expect(eraseCallDialog).toBeHidden();
      await expect(eraseCall).toBeFocused();
      await page.getByRole('button', { name: t('calls.openCall', { call }) }).click();
      await page.getByRole('button', { name: t('chair.link') }).click();
      await expect(page).toHaveTitle(`${t('page.chair', { view: t('chair.view.receive') })} — ${call} — Jurydesk`);
      await expectHeadingFocused(page, `${t('chair.title')} — ${call}`);
      // A tab is not a page: focus stays on the tab, the title follows it.
      await page.getByRole('tab', { name: t('chair.view.calibration') }).click();
      await expect(page).toHaveTitle(`${t('page.chair', { view: t('chair.view.calibration') })} — ${call} — Jurydesk`);
      await expect(page.getByRole('tab', { name: t('chair.view.calibration') })).toBeFocused();

      await page.getByRole('link', { name: t('nav.staff') }).click();
      await expect(page).toHaveTitle(`${t('staff.title')} — Jurydesk`);
      await expectHeadingFocused(page, t('staff.title'));
      expect(await focused(page)).not.toBe('body');
    });

    test('single-key shortcuts can be turned off; a criterion’s levels are one Tab stop and the arrows move between them', async ({
      app,
    }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await openDemoAs(page, t, 'Nadia Haddad');
      await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
      await expectHeadingFocused(page, /Clic’Solidaire/);

      const firstGroup = page.locator('fieldset.criterion').first();
      const secondGroup = page.locator('fieldset.criterion').nth(1);
      const levels = firstGroup.getByRole('radio');
      await levels.first().focus();
      // Unscored: one Tab stop for the whole group, then the criterion's comment, then the next group.
      await page.keyboard.press('Tab');
      await expect(firstGroup.getByRole('textbox')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(secondGroup.getByRole('radio').first()).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(secondGroup.getByRole('textbox')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(levels.first()).toBeFocused();
      // The arrows move between levels, as in any radio group, and score; the criterion stays the same.
      await page.keyboard.press('ArrowDown');
      await expect(levels.nth(1)).toBeChecked();
      await expect(levels.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(levels.nth(2)).toBeChecked();
      await page.keyboard.press('ArrowUp');
      await expect(levels.nth(1)).toBeChecked();
      await expect(firstGroup).toHaveClass(/criterion--active/);
      // Digits and J/K are still there.
      await page.keyboard.press('4');
      await expect(levels.nth(3)).toBeChecked();
      await expect(secondGroup).toHaveClass(/criterion--active/);
      // Moving on puts focus on the next criterion's group, not on a level: there ↓ moves on and scores nothing.
      await expect(secondGroup).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('fieldset.criterion').nth(2)).toBeFocused();
      await expect(secondGroup.getByRole('radio', { checked: true })).toHaveCount(0);
      // Del on the clear button clears the score and keeps focus in the criterion.
      await firstGroup.locator('.scale__clear').focus();
      await page.keyboard.press('Delete');
      await expect(levels.nth(3)).not.toBeChecked();
      await expect(firstGroup).toBeFocused();
      await expect(firstGroup.locator('.scale__clear')).toHaveCount(0);

      await page.getByRole('link', { name: t('nav.identity') }).click();
      const singleKey = page.getByRole('checkbox', { name: t('shortcuts.singleKey') });
      await expect(singleKey).toBeChecked();
      expect(await axeViolations(page)).toEqual([]);
      await singleKey.uncheck();
      await page.goBack();
      await expectHeadingFocused(page, /Clic’Solidaire/);
      await page.keyboard.press('n');
      await page.keyboard.press('3');
      await page.keyboard.press('?');
      await expect(page.locator('h2.page-heading')).toHaveText(/Clic’Solidaire/);
      await expect(secondGroup.getByRole('radio', { checked: true })).toHaveCount(0);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      // Alt+→ needs a modifier: it still moves on, and the dialog says the single keys are off.
      await page.keyboard.press('Alt+ArrowRight');
      await expectHeadingFocused(page, /Parole Numérique/);
      await page.getByRole('button', { name: t('application.shortcuts'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t('shortcuts.title') });
      await expect(dialog).toContainText(t('shortcuts.singleKeyOff'));
      await expect(dialog.getByRole('checkbox', { name: t('shortcuts.singleKey') })).not.toBeChecked();
      await expect(dialog.getByText(`(${t('shortcuts.off')})`)).toHaveCount(7);
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('checkbox', { name: t('shortcuts.singleKey') }).check();
      await expect(dialog).toContainText(t('shortcuts.singleKeyOn'));
      await dialog.getByRole('button', { name: t('action.close') }).click();
      await page.keyboard.press('p');
      await expectHeadingFocused(page, /Clic’Solidaire/);
    });

    test('the save state is announced once typing rests; application text carries its language', async ({ app }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await openDemoAs(page, t, 'Nadia Haddad');
      await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
      const announcer = page.locator('.application-bar [role="status"]');
      await announcer.evaluate((element) => {
        const changes: string[] = [];
        new MutationObserver(() => changes.push(element.textContent ?? '')).observe(element, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        (window as unknown as { announced: string[] }).announced = changes;
      });
      await page.getByRole('textbox', { name: t('score.overall') }).pressSequentially('Bon projet', { delay: 60 });
      await expect(announcer).toHaveText(/\d/, { timeout: 10_000 });
      await page.waitForTimeout(1500);
      const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
      expect(announced.length).toBeGreaterThanOrEqual(1);
      expect(announced.length).toBeLessThanOrEqual(2);
      expect(announced.at(-1)).toMatch(
        new RegExp(`^${t('application.savedAnnounced', { time: 'TIME' }).replace('TIME', '.+')}$`),
      );

      // The demo call is written in French: inside the English interface its words say so; in French nothing needs to.
      const answer = page.locator('.answer__text').first();
      const spoken = await answer.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));
      expect(spoken).toBe('fr');
      const ownLang = await answer.getAttribute('lang');
      expect(ownLang).toBe(language === 'en' ? 'fr' : null);
      expect(await page.locator('.application-main h2 [lang="fr"]').count()).toBe(language === 'en' ? 1 : 0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the PDF is text: read, selected and searched in the app', async ({ app }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await openDemoAs(page, t, 'Nadia Haddad');
      await page.getByRole('link', { name: /Tiers-Lieu Le Fil/ }).click();
      const layer = page.locator('.pdf .textLayer');
      await expect(layer).toContainText('Dossier de présentation');
      await expect(layer).toContainText('Tiers-lieu rural');
      // The text lies over the drawing: the words are where the eye sees them.
      const [sheet, words] = await Promise.all([
        page.locator('.pdf__sheet').boundingBox(),
        layer.getByText('Tiers-lieu rural').first().boundingBox(),
      ]);
      expect(words!.x).toBeGreaterThanOrEqual(sheet!.x);
      expect(words!.y + words!.height).toBeLessThanOrEqual(sheet!.y + sheet!.height);
      const selected = await layer.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      });
      expect(selected).toContain('Tiers-lieu rural');

      const search = page.getByRole('searchbox', { name: t('pdf.search', { name: 'C2027-006-dossier.pdf' }) });
      await search.fill('creuse');
      await page.getByRole('button', { name: t('pdf.find'), exact: true }).click();
      // On the second page: the viewer turns to it, and the words found are marked.
      await expect(page.locator('.pdf__found')).toHaveText(t('pdf.found', { count: 1, pages: '2' }));
      await expect(page.locator('.pdf__toolbar')).toContainText(t('pdf.page', { page: 2, pages: 2 }));
      await expect(layer.locator('.pdf-match').first()).toContainText('Creuse');
      await search.fill('fusée');
      await page.getByRole('button', { name: t('pdf.find'), exact: true }).click();
      await expect(page.locator('.pdf__found')).toHaveText(t('pdf.notFound', { query: 'fusée' }));
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the ranking says how it is sorted and which application is shown; abbreviations are written out', async ({
      app,
    }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await openDemoAs(page, t, 'Claire Martin');
      await page.getByRole('button', { name: t('chair.link') }).click();
      await page.getByLabel(t('chair.import'), { exact: true }).setInputFiles(DEMO_SCORES);
      await expect(page.getByRole('button', { name: /^(Confirm|Confirmer) SHA256:/ }).first()).toBeVisible();
      await confirmEveryJurorKey(page);
      await page.getByRole('tab', { name: t('chair.view.ranking') }).click();
      const table = page.locator('table.ranking');
      await expect(table.locator('th[aria-sort]')).toHaveCount(1);
      const rank = table.locator('th[aria-sort]');
      await expect(rank).toHaveAttribute('aria-sort', 'ascending');
      await expect(rank).toHaveText(`${t('chair.rank')} ▲`);
      await table.getByRole('button', { name: t('chair.sd') }).click();
      await expect(table.locator('th[aria-sort]')).toHaveCount(1);
      await expect(table.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'descending');
      await expect(table.locator('th[aria-sort] abbr')).toHaveAttribute('title', t('chair.sdLong'));
      await expect(page.locator('.table-legend')).toContainText(
        t('chair.abbreviation', { short: t('chair.sd'), long: t('chair.sdLong') }),
      );
      // Every criterion's name whole, wrapped rather than cut to its first word.
      const criterion = table.locator('th.ranking__criterion').first();
      expect((await criterion.textContent())!.split(' ').length).toBeGreaterThan(1);

      const shown = table.getByRole('button', { name: 'Fibre Commune' });
      await shown.click();
      await page.getByRole('tab', { name: t('chair.view.ranking') }).click();
      await expect(shown).toHaveAttribute('aria-current', 'true');
      await expect(table.locator('[aria-current="true"]')).toHaveCount(1);
      await expect(shown).toContainText('▶');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the focus indicator stands out 3:1 from what it is drawn on', async ({ app }) => {
      const { page } = app;
      const t = await wordsOf(language);
      await openDemoAs(page, t, 'Nadia Haddad');
      const rings: Array<Awaited<ReturnType<typeof focusRing>>> = [];
      const tabTo = async (target: Locator) => {
        await target.focus();
        // Focus moved by the keyboard shows the ring: move one step away and back.
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        rings.push(await focusRing(page));
      };
      await tabTo(page.getByRole('link', { name: t('nav.check') }));
      await tabTo(page.getByRole('link', { name: /Clic’Solidaire/ }));
      await tabTo(page.getByLabel(t('list.search'), { exact: true }));
      await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
      await tabTo(page.getByRole('button', { name: t('application.next'), exact: true }));
      await tabTo(page.locator('fieldset.criterion').first().getByRole('radio').first());
      await tabTo(page.getByRole('textbox', { name: t('score.overall') }));
      for (const ring of rings) {
        expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
        expect(
          contrast(ring.ring, ring.background),
          `${ring.what}: ${ring.ring} on ${ring.background}`,
        ).toBeGreaterThanOrEqual(3);
      }
    });

    test('every screen reflows at 320 CSS pixels, and at 200 % zoom', async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      const t = await wordsOf(language);
      // A dialog is seen in the window it covers, the pages from top to bottom.
      const look = async (name: string, fullPage = true) => {
        expect(await sidewaysOverflow(page), name).toEqual([]);
        // Polled: a notice being laid out for a moment is not a crushed button.
        await expect.poll(() => crushedButtons(page), { message: name }).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `reflow-320-${name}-${language}.png`), fullPage });
      };
      await page.setViewportSize({ width: 320, height: 640 });
      await look('welcome');
      await createIdentity(page, 'Claire Martin', language);
      await look('calls-empty');
      await openBundle(page, DEMO_BUNDLE, language);
      const trust = page.getByRole('dialog', { name: t('import.confirmTitle') });
      await expect(trust).toBeVisible();
      expect(await trust.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await look('trust', false);
      await trust.getByRole('button', { name: t('action.cancel') }).click();
      await page.getByRole('button', { name: t('calls.openDemo') }).click();
      await page.getByRole('button', { name: t('call.whoChoose', { name: 'Claire Martin' }) }).click();
      await expect(page.getByRole('button', { name: t('chair.link') })).toBeVisible();
      await look('call');
      await page.getByRole('link', { name: /Tiers-Lieu Le Fil/ }).click();
      await expect(page.locator('.pdf .textLayer')).toContainText('Dossier');
      // A score draws the juror's radar beside the grid.
      await page.keyboard.press('3');
      await look('application');
      expect(await clippedRadarLabels(page)).toEqual([]);
      await page.getByRole('button', { name: t('application.shortcuts'), exact: true }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      // The dialog fits the window and scrolls inside itself.
      const box = (await dialog.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(320);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
      expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
      await look('shortcuts', false);
      await page.keyboard.press('Escape');
      await page.goto(`#/call/${DEMO_CALL_ID}/compare/C2027-006,C2027-010`);
      await expect(page.locator('h2.page-heading')).toHaveText(t('radar.compareTitle'));
      await look('compare');
      await page.goto(`#/call/${DEMO_CALL_ID}/chair`);
      await page.getByLabel(t('chair.import'), { exact: true }).setInputFiles(DEMO_SCORES);
      await expect(page.getByRole('button', { name: /^(Confirm|Confirmer) SHA256:/ }).first()).toBeVisible();
      await look('chair-receive');
      await confirmEveryJurorKey(page);
      for (const view of CHAIR_VIEWS.filter((candidate) => candidate !== 'receive')) {
        await page.getByRole('tab', { name: t(`chair.view.${view}`) }).click();
        await look(`chair-${view}`);
      }
      await page.goto(`#/call/${DEMO_CALL_ID}/report`);
      await expect(page.locator('h2.page-heading')).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t('report.title')} — .+ — Jurydesk$`));
      await look('report');
      for (const [route, name] of [
        ['#/check', 'check'],
        ['#/identity', 'identity'],
        ['#/calls', 'calls'],
        ['#/staff', 'staff'],
      ] as const) {
        await page.goto(route);
        await expect(page.locator('h2.page-heading')).toBeVisible();
        await look(name);
      }
      await page.getByLabel(t('staff.keyFile'), { exact: true }).setInputFiles(STAFF_KEY);
      await page.getByRole('button', { name: t('staff.importKey') }).click();
      await page.getByLabel(t('staff.openDescription'), { exact: true }).last().setInputFiles(DEMO_CALL);
      for (const step of STAFF_TABS) {
        await page.getByRole('tab', { name: t(`staff.tab.${step}`) }).click();
        await expect(page).toHaveTitle(new RegExp(`^${t(`staff.tab.${step}`)} — .+ — Jurydesk$`));
        await look(`staff-${step}`);
      }

      // 200 %: a 1280-pixel window seen at twice the size is 640 CSS pixels wide.
      await page.setViewportSize({ width: 640, height: 400 });
      await page.goto(`#/call/${DEMO_CALL_ID}/application/C2027-006`);
      await expect(page.locator('.pdf .textLayer')).toContainText('Dossier');
      expect(await sidewaysOverflow(page)).toEqual([]);
      expect(await clippedRadarLabels(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `zoom-200-application-${language}.png`), fullPage: true });
      await page.goto(`#/call/${DEMO_CALL_ID}/chair/ranking`);
      await expect(page.locator('table.ranking')).toBeVisible();
      expect(await sidewaysOverflow(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `zoom-200-ranking-${language}.png`), fullPage: true });
      // A full window: the discussion's radar, where English labels were cut at 1280 pixels.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('tab', { name: t('chair.view.discuss') }).click();
      expect(await clippedRadarLabels(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `radar-1280-discuss-${language}.png`), fullPage: true });
    });
  });
}
