import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { verifyBundle } from '@core/documents/bundle';
import { verifyScoreFile } from '@core/documents/scorefile';
import { cli } from '../support/cli';
import { sampleBundle, sampleKeys } from '../support/fixtures';
import { BASE_URL } from '../../playwright.config';
import { DEMO_BUNDLE, SCREENSHOTS, expect, test } from './fixtures';
import { killableBrowsers } from './killable-browser';
import {
  createIdentity,
  demoAsNadia,
  exportScores,
  typeKeys,
  waitSaved,
  openBundle,
  outsideRequests,
  axeViolations,
  writeTemporary,
} from './support';

test.describe('scoring the demo call', () => {
  test.use({ appLocale: 'en-GB' });

  test('three applications scored with the keyboard, a comment, a recusal, a radar, and signed exports', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await demoAsNadia(page);
    await expect(page.getByText('0 of 12 scored')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Clic’Solidaire/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Clic’Solidaire/ })).toBeVisible();
    // A digit scores the highlighted criterion and moves on; Shift+C comments the criterion, C the application.
    await typeKeys(page, '4 3 5 2 Shift+C');
    await page.keyboard.type('Essaimage encore flou.');
    await typeKeys(page, 'Escape c');
    await expect(page.getByRole('textbox', { name: 'Overall comment' })).toBeFocused();
    await page.keyboard.type('Projet utile, modèle économique à consolider.');
    await typeKeys(page, 'Escape n');
    await expect(page.getByRole('heading', { name: /Parole Numérique/ })).toBeVisible();
    await typeKeys(page, '5 4 3 4 n');
    await expect(page.getByRole('heading', { name: /ReBoot Ordis/ })).toBeVisible();
    await typeKeys(page, '3 5 5 4');
    await waitSaved(page);
    await expect(page.getByText('Your total: 81.3 / 100')).toBeVisible();

    await typeKeys(page, 'n');
    await expect(page.getByRole('heading', { name: /Les Connectés du Quartier/ })).toBeVisible();
    await page.getByRole('checkbox', { name: /I recuse myself/ }).check();
    await page
      .getByRole('textbox', { name: 'Reason for the recusal' })
      .fill('Je siège à son conseil d’administration.');
    await expect(page.getByText('You are recused: this application is not scored.')).toBeVisible();
    await expect(page.getByRole('radio').first()).toBeDisabled();

    await typeKeys(page, 'Escape n');
    await expect(page.getByRole('heading', { name: /AidantsConnect\+/ })).toBeVisible();
    await typeKeys(page, '7');
    await expect(page.getByText('7 is not on the scale of “Innovative character” (1 to 5).')).toBeVisible();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect(page.getByText('4 of 12 scored')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Compare Clic’Solidaire' }).check();
    await page.getByRole('checkbox', { name: 'Compare Parole Numérique' }).check();
    await page.getByRole('button', { name: 'Compare on a radar (2)' }).click();
    await expect(page.getByRole('heading', { name: 'Comparing applications' })).toBeVisible();
    await page.getByText('The same data as a table').click();
    const table = page.getByRole('table');
    await expect(table.getByRole('row', { name: /Innovative character/ })).toContainText('4 (75 %)');
    await expect(table.getByRole('row', { name: /Innovative character/ })).toContainText('5 (100 %)');
    await expect(page.locator('.radar__legend')).toContainText('Clic’Solidaire');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'radar-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Back to the list' }).click();

    await expect(page.getByText('Some of your changes are not in an exported score file yet.')).toBeVisible();
    const first = await exportScores(page, testInfo, 'first.juryscores');
    expect(first.suggested).toBe('cap-inclusion-2027-demo-Nadia-Haddad-r1.juryscores');
    await expect(page.getByText(/^Last export: revision 1,/)).toBeVisible();
    await expect(page.getByText('Some of your changes are not in an exported score file yet.')).toHaveCount(0);

    const bundle = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
    if (!bundle.ok) throw new Error('demo bundle');
    const verified = await verifyScoreFile(new Blob([readFileSync(first.path)]), { bundle: bundle.value });
    if (!verified.ok) throw new Error(verified.error.code);
    const { scoreFile } = verified.value;
    expect(scoreFile.revision).toBe(1);
    expect(scoreFile.juror).toMatchObject({ id: 'nadia-haddad', name: 'Nadia Haddad' });
    expect(
      scoreFile.evaluations.map((evaluation) => [evaluation.applicationId, evaluation.status, evaluation.scores]),
    ).toEqual([
      ['C2027-001', 'complete', { innovation: 4, viabilite: 3, beneficiaires: 5, essaimage: 2 }],
      ['C2027-002', 'complete', { innovation: 5, viabilite: 4, beneficiaires: 3, essaimage: 4 }],
      ['C2027-003', 'complete', { innovation: 3, viabilite: 5, beneficiaires: 5, essaimage: 4 }],
      ['C2027-004', 'recused', { innovation: null, viabilite: null, beneficiaires: null, essaimage: null }],
    ]);
    expect(scoreFile.evaluations[0]!.comments).toEqual({ essaimage: 'Essaimage encore flou.' });
    expect(scoreFile.evaluations[0]!.comment).toBe('Projet utile, modèle économique à consolider.');
    expect(scoreFile.evaluations[3]!.recusalReason).toBe('Je siège à son conseil d’administration.');

    const cliRun = await cli(['verify', first.path, '--bundle', DEMO_BUNDLE]);
    expect(cliRun.stderr).toBe('');
    expect(cliRun.stdout).toContain('Valid score file');
    expect(cliRun.stdout).toContain('4 evaluations: 3 complete, 1 recused');

    await page.getByRole('link', { name: 'My key' }).click();
    const publicKey = (await page.locator('.public-key').textContent())!.trim();
    const directory = await mkdtemp(join(tmpdir(), 'jurydesk-e2e-'));
    writeFileSync(join(directory, 'allowed_signers'), `nadia-haddad ${publicKey}\n`);
    const output = execFileSync(
      'bash',
      [
        '-c',
        `unzip -q ${first.path} -d d && ssh-keygen -Y verify -f allowed_signers -I nadia-haddad -n jurydesk-scores-v1 -s d/scores.json.sig < d/scores.json`,
      ],
      { cwd: directory },
    ).toString();
    expect(output).toContain('Good "jurydesk-scores-v1" signature for nadia-haddad');

    await page.getByRole('link', { name: 'Calls' }).click();
    await page.getByRole('button', { name: /^Open Cap Inclusion/ }).click();
    // Nothing changed: the same revision, byte for byte, and no new one signed.
    const same = await exportScores(page, testInfo, 'same.juryscores');
    expect(same.suggested).toBe(first.suggested);
    expect(readFileSync(same.path).equals(readFileSync(first.path))).toBe(true);
    await expect(page.getByText(/^Nothing changed since revision 1: the same file was saved again as/)).toBeVisible();

    await page.getByRole('link', { name: /Éclo/ }).click();
    // The grid takes keys once it is shown.
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    await typeKeys(page, '3');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    const second = await exportScores(page, testInfo, 'second.juryscores');
    expect(second.suggested).toMatch(/-r2\.juryscores$/);
    const again = await verifyScoreFile(new Blob([readFileSync(second.path)]), { bundle: bundle.value });
    expect(again.ok && again.value.scoreFile.revision).toBe(2);
    expect(outsideRequests(app.requests, app.origin)).toEqual([]);
  });

  test('a reload in the middle of scoring loses nothing that was shown as saved', async ({ app }) => {
    const { page } = app;
    await demoAsNadia(page);
    await page.getByRole('link', { name: /Tiers-Lieu Le Fil/ }).click();
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    await typeKeys(page, '2 4');
    await page.getByRole('textbox', { name: 'Overall comment' }).fill('Lieu solide, à suivre.');
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('heading', { name: /Tiers-Lieu Le Fil/ })).toBeVisible();
    await expect(
      page.getByRole('group', { name: /Innovative character/ }).getByRole('radio', { name: /^2/ }),
    ).toBeChecked();
    await expect(page.getByRole('group', { name: /Viability/ }).getByRole('radio', { name: /^4/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Overall comment' })).toHaveValue('Lieu solide, à suivre.');
  });

  test('an application with a conflict declared by staff cannot be scored', async ({ app }, testInfo) => {
    const { page } = app;
    const keys = await sampleKeys();
    await createIdentity(page, 'Bruno', 'en');
    const bundle = await sampleBundle(keys, {
      conflicts: [{ jurorId: 'bruno', applicationId: 'gamma', reason: 'Former employer' }],
    });
    await openBundle(page, await writeTemporary(testInfo, 'call.jurybundle', bundle.blob), 'en');
    await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await page.getByRole('button', { name: 'I am Bruno' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Gamma' })).toContainText('Conflict');
    await page.getByRole('link', { name: /Gamma/ }).click();
    await expect(
      page.getByText('Staff declared a conflict of interest for you on this application: it cannot be scored.'),
    ).toBeVisible();
    await expect(page.getByText('Reason given: Former employer')).toBeVisible();
    await expect(page.getByText('Conflict of interest — not yours to score')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'conflict-en.png') });
    await typeKeys(page, '3');
    for (const radio of await page.getByRole('radio').all()) await expect(radio).toBeDisabled();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });
});

test.describe('scoring, in French', () => {
  test.use({ appLocale: 'fr-FR' });

  test('the list, an application with its PDF open, and the radar', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Essayer l’appel de démonstration' }).click();
    await page.getByRole('button', { name: 'Je suis Nadia Haddad' }).click();
    await page.getByLabel('Région').selectOption('Bretagne');
    await expect(page.getByRole('link', { name: /Braille & Pixels/ })).toBeVisible();
    await expect(page.getByText('1 affichées')).toBeVisible();
    await page.getByLabel('Région').selectOption('');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('tablette');
    await expect(page.getByRole('link', { name: /Senior Visio/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'list-fr.png'), fullPage: true });

    await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
    await expect(page.getByRole('figure', { name: 'Document C2027-001-dossier.pdf' })).toBeVisible();
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();
    await typeKeys(page, '4 3 5');
    await expect(page.getByText(/^Tout est enregistré/)).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Raccourcis clavier' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Auto-advance turned off: digits then stay on the highlighted criterion, the last one here.
    await page.getByRole('checkbox', { name: 'Après un chiffre, passer au critère suivant' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await typeKeys(page, '2 1');
    await expect(page.getByText(/^Tout est enregistré/)).toBeVisible();
    const spread = page.getByRole('group', { name: /Potentiel d’essaimage/ });
    await expect(spread.getByRole('radio', { name: /^1/ })).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'application-fr.png') });

    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await page.getByRole('checkbox', { name: 'Comparer Clic’Solidaire' }).check();
    await page.getByRole('checkbox', { name: 'Comparer Senior Visio' }).check();
    await page.getByRole('button', { name: 'Comparer sur un radar (2)' }).click();
    await expect(page.getByRole('heading', { name: 'Comparaison de candidatures' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'radar-fr.png'), fullPage: true });
  });
});

test.describe('screens in English', () => {
  test.use({ appLocale: 'en-GB' });
  test('the list and an application with its PDF open', async ({ app }) => {
    const { page } = app;
    await demoAsNadia(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'list-en.png'), fullPage: true });
    await page.getByRole('link', { name: /Braille & Pixels/ }).click();
    await expect(page.getByText('Page 1 of 2')).toBeVisible();
    // The viewer sits below the answers: "Show" brings it into view and gives it the focus.
    await page.getByRole('button', { name: /^Show .*\.pdf$/ }).click();
    await expect(page.locator('.pdf-frame')).toBeFocused();
    await expect(page.locator('.pdf-frame')).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    await typeKeys(page, '5 4');
    await waitSaved(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'application-en.png') });
  });
});

// A killed browser is the closest thing to a power cut that a test can cause: only the browser build can be killed this way.
if (process.env.JURYDESK_E2E_TARGET !== 'electron') {
  test('a browser killed right after typing loses nothing that was shown as saved', async () => {
    const browsers = await killableBrowsers();
    try {
      const first = await browsers.launch();
      const page = await first.context.newPage();
      await page.goto(BASE_URL);
      await demoAsNadia(page);
      await page.getByRole('link', { name: /Mobilité Clé/ }).click();
      await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
      await typeKeys(page, '3 2 4');
      await waitSaved(page);
      await first.kill();

      const second = await browsers.launch();
      const reopened = await second.context.newPage();
      await reopened.goto(`${BASE_URL}/#/call/cap-inclusion-2027-demo/application/C2027-008`);
      await expect(
        reopened.getByRole('group', { name: /Innovative character/ }).getByRole('radio', { name: /^3/ }),
      ).toBeChecked();
      await expect(
        reopened.getByRole('group', { name: /Beneficiaries/ }).getByRole('radio', { name: /^4/ }),
      ).toBeChecked();
      await second.context.close();
    } finally {
      browsers.dispose();
    }
  });
}
