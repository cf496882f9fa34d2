import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { verifyBundle } from '@core/documents/bundle';
import { verifyDeliberation } from '@core/verify';
import { cli } from '../support/cli';
import { DEMO_BUNDLE, DEMO_SCORES, SCREENSHOTS, expect, test } from './fixtures';
import { chairDesk, createIdentity, importAndConfirmDemo, axeViolations } from './support';

const COHORT_1 = ['Fibre Commune', 'ReBoot Ordis', 'Mobilité Clé', 'Clic’Solidaire'];
const COHORT_2 = ['Tiers-Lieu Le Fil', 'Parole Numérique', 'Braille & Pixels', 'Senior Visio'];
const WAITLIST = ['Les Connectés du Quartier', 'AidantsConnect+'];
const REJECTED = ['Lire l’Écran', 'Éclo'];

async function decide(page: Page, name: string, outcome: string, rationale: string) {
  await page.getByLabel(`Outcome of ${name}`).selectOption({ label: outcome });
  await page.getByLabel(`Rationale for ${name}`).fill(rationale);
}

async function saveDownload(page: Page, testInfo: TestInfo, button: string, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const path = testInfo.outputPath(name);
  await (await download).saveAs(path);
  return path;
}

test.describe('deliberating on the demo call', () => {
  test.use({ appLocale: 'en-GB' });

  test('decisions within capacities, minutes, a signed deliberation, the staff exports and the report', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await chairDesk(page);
    await importAndConfirmDemo(page);
    await page.getByRole('tab', { name: 'Decide' }).click();

    for (const name of COHORT_1) await decide(page, name, 'Cohort 1', `Retenue : ${name}.`);
    await decide(page, COHORT_2[0]!, 'Cohort 2', '=SUM(1,2) ancrage rural');
    for (const name of COHORT_2.slice(1)) await decide(page, name, 'Cohort 2', `Deuxième promotion : ${name}.`);
    for (const name of WAITLIST) await decide(page, name, 'Waitlist', 'En attente d’une place.');
    for (const name of REJECTED) await decide(page, name, 'Not selected', 'Pas cette année.');

    await page.getByLabel('Outcome of Éclo').selectOption({ label: 'Cohort 1' });
    await expect(page.getByText('“Cohort 1” is full (4 places): move an application out of it first.')).toBeVisible();
    await expect(page.getByLabel('Outcome of Éclo')).toHaveValue('non-retenu');
    await expect(page.locator('.outcome-summary')).toContainText(
      'Cohort 1 (4 / 4) — Clic’Solidaire, ReBoot Ordis, Mobilité Clé, Fibre Commune',
    );

    await page
      .getByLabel('Minutes of the meeting')
      .fill('Séance du 20 novembre 2026. Quorum atteint ; la présidente a voté.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'deliberation-en.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Sign and hand over' }).click();
    // A signature that fails says so where the chair clicked, and signs nothing.
    await page.evaluate(() => {
      const sign = crypto.subtle.sign.bind(crypto.subtle);
      Object.assign(window, { allowSigning: () => (crypto.subtle.sign = sign) });
      crypto.subtle.sign = () => Promise.reject(new Error('the key store is locked'));
    });
    await page.getByRole('button', { name: 'Sign and export the deliberation' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Something went wrong that Jurydesk did not expect. Try again; if it happens again, export your score file and restart the app.',
    );
    await expect(page.getByText(/^Deliberation revision/)).toHaveCount(0);
    await page.evaluate(() => (window as unknown as { allowSigning: () => void }).allowSigning());
    const signed = await saveDownload(page, testInfo, 'Sign and export the deliberation', 'final.jurydelib');
    await expect(page.getByText(/^Deliberation revision 1 saved as/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const bundle = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
    if (!bundle.ok) throw new Error('demo bundle');
    const verified = await verifyDeliberation(new Blob([readFileSync(signed)]), { bundle: bundle.value });
    if (!verified.ok) throw new Error(verified.error.code);
    const { deliberation } = verified.value;
    const hashes = DEMO_SCORES.map((path) => execFileSync('sha256sum', [path]).toString().split(' ')[0]).sort();
    expect(deliberation.inputs.map((input) => input.sha256).sort()).toEqual(hashes);
    // Every score file travels inside the deliberation, so that staff can re-run the merge from it alone.
    const listing = execFileSync('unzip', ['-Z1', signed]).toString().trim().split('\n');
    expect(listing.filter((name) => name.startsWith('inputs/')).sort()).toEqual(
      hashes.map((hash) => `inputs/${hash}.juryscores`),
    );
    const merged = JSON.parse((await cli(['merge', '--bundle', DEMO_BUNDLE, ...DEMO_SCORES, '--json'])).stdout) as {
      results: unknown;
    };
    expect(deliberation.results).toEqual(merged.results);
    // Two jurors recused themselves: the desk used the bias model, and recorded how its rank intervals were drawn.
    expect(deliberation.method).toEqual({ aggregate: 'mean', normalization: 'bias-model' });
    expect(deliberation.uncertainty).toEqual({ resamples: 1000, seed: 20261202 });
    expect(
      deliberation.results.every((result) => result.rankInterval && result.selectedProbability !== undefined),
    ).toBe(true);
    expect(deliberation.decisions).toHaveLength(12);
    expect(deliberation.minutes).toContain('Quorum atteint');
    // The demo roster gives the chair no key: staff must confirm the chair's key before the command line trusts the file.
    const unpinned = await cli(['verify', signed, '--bundle', DEMO_BUNDLE]);
    expect(unpinned.code).toBe(1);
    expect(unpinned.stderr).toContain('The deliberation’s signature is sound, but its key SHA256:');

    await page.getByRole('link', { name: 'My key' }).click();
    const publicKey = (await page.locator('.public-key').textContent())!.trim();
    await page.goBack();
    const directory = await mkdtemp(join(tmpdir(), 'jurydesk-delib-'));
    writeFileSync(
      join(directory, 'allowed_signers'),
      `claire-martin namespaces="jurydesk-deliberation-v1" ${publicKey}\n`,
    );
    const pinned = await cli([
      'verify',
      signed,
      '--bundle',
      DEMO_BUNDLE,
      '--allowed-signers',
      join(directory, 'allowed_signers'),
    ]);
    expect(pinned.stdout).toContain('Valid deliberation');
    expect(pinned.stdout).toContain('results     recomputed from the 5 score files it holds: identical');
    expect(pinned.stdout).toContain(
      'intervals   rank intervals drawn again (1,000 resamples, seed 20261202): identical',
    );
    writeFileSync(join(directory, 'allowed_signers'), `chair ${publicKey}\n`);
    expect(
      execFileSync(
        'bash',
        [
          '-c',
          `unzip -q ${signed} -d d && ssh-keygen -Y verify -f allowed_signers -I chair -n jurydesk-deliberation-v1 -s d/deliberation.json.sig < d/deliberation.json`,
        ],
        { cwd: directory },
      ).toString(),
    ).toContain('Good "jurydesk-deliberation-v1" signature for chair');

    const csvPath = await saveDownload(page, testInfo, 'CSV — results and decisions', 'export.csv');
    const csvFrPath = await saveDownload(
      page,
      testInfo,
      'CSV (Excel, France) — results and decisions',
      'export-fr.csv',
    );
    const xlsxPath = await saveDownload(page, testInfo, 'XLSX — results and decisions', 'export.xlsx');
    // The chair's record of every juror's scores, as the spreadsheet reads it.
    const scoresPath = await saveDownload(page, testInfo, 'XLSX — Every juror’s scores, for the record', 'scores.xlsx');
    const scores = new ExcelJS.Workbook();
    await scores.xlsx.readFile(scoresPath);
    const scoreSheet = scores.getWorksheet('Scores by juror')!;
    expect(scoreSheet.getRow(1).getCell(3).value).toBe('Juror');
    // A header, then 5 jurors × 12 applications less the one conflict the demo declares.
    expect(scoreSheet.rowCount).toBe(60);
    const plain = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { skipEmptyLines: true }).data;
    const french = Papa.parse<string[]>(readFileSync(csvFrPath, 'utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const xlsx: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      xlsx.push(
        Array.from((row.values as unknown[]).slice(1), (value) =>
          value === null || value === undefined ? '' : String(value),
        ),
      ),
    );
    expect(plain).toHaveLength(13);
    for (const rows of [french, xlsx])
      expect(rows.map((row) => row.slice(0, 5))).toEqual(plain.map((row) => row.slice(0, 5)));
    for (const rows of [plain, french, xlsx]) expect(rows.map((row) => row[4])).toContain("'=SUM(1,2) ancrage rural");

    await page.getByRole('link', { name: 'Check a file' }).click();
    await page.getByLabel('Choose a file…').setInputFiles(signed);
    const status = page.getByRole('status').filter({ hasText: 'Valid deliberation' });
    await expect(status).toBeVisible();
    await expect(status).toContainText(
      'Checked against the stored bundle of “Cap Inclusion — 2027 call (demo)” (version 1)',
    );
    await expect(status.getByRole('table').first().getByRole('row')).toHaveCount(6);
    await expect(status).toContainText('=SUM(1,2) ancrage rural');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'deliberation-check-en.png'), fullPage: true });
    await page.goBack();

    await page.getByRole('button', { name: 'Printable report (PDF)' }).click();
    await expect(page.getByRole('heading', { name: /^Deliberation report/ })).toBeVisible();
    await expect(page.locator('.report__radars .radar')).toHaveCount(8);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(SCREENSHOTS, 'report-en.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, 'report-en')]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

test.describe('the printed report, in French', () => {
  test.use({ appLocale: 'fr-FR' });

  test('radars with their labels whole and cards aligned', async ({ app }) => {
    const { page } = app;
    await createIdentity(page, 'Claire Martin', 'fr');
    await page.getByRole('button', { name: 'Ouvrir l’appel de démonstration' }).click();
    await page.getByRole('button', { name: 'Je suis Claire Martin' }).click();
    await page.getByRole('button', { name: 'Table de la présidence' }).click();
    await page.getByLabel('Importer des fichiers de notes…', { exact: true }).setInputFiles(DEMO_SCORES);
    await expect(page.getByText('5 fichiers reçus')).toBeVisible();
    const confirm = page.getByRole('button', { name: /^Confirmer SHA256:/ });
    for (let remaining = await confirm.count(); remaining > 0; remaining--) {
      await confirm.first().click();
      await expect(confirm).toHaveCount(remaining - 1);
    }
    await page.getByRole('tab', { name: 'Décider' }).click();
    for (const name of COHORT_1) await page.getByLabel(`Issue pour ${name}`).selectOption({ label: 'Promotion 1' });
    for (const name of COHORT_2) await page.getByLabel(`Issue pour ${name}`).selectOption({ label: 'Promotion 2' });
    await page.getByRole('tab', { name: 'Signer et transmettre' }).click();
    await page.getByRole('button', { name: 'Rapport imprimable (PDF)' }).click();
    await expect(page.getByRole('heading', { name: /^Rapport de délibération/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.report__radars .radar')).toHaveCount(8);
    // Every label of every radar lies inside its chart: nothing is cut at the card's edge.
    const overflowing = await page.locator('.report__radars .radar').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const box = card.querySelector('svg')!.getBoundingClientRect();
        return [...card.querySelectorAll('svg text')]
          .map((text) => ({ text: text.textContent ?? '', rect: text.getBoundingClientRect() }))
          .filter(({ rect }) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
          .map(({ text }) => text);
      }),
    );
    expect(overflowing).toEqual([]);
    const tops = await page
      .locator('.report__radars .radar')
      .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    for (let index = 0; index + 1 < tops.length; index += 2) expect(tops[index + 1]).toBe(tops[index]);
    const pdf = join(SCREENSHOTS, 'report-fr.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, 'report-fr')]);
  });
});
