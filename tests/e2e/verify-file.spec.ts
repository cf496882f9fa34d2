import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseAnyPrivateKey } from '@core/crypto/encrypted-key';
import { sha256Hex } from '@core/crypto/hash';
import { createDeliberation, verifyDeliberation } from '@core/documents/deliberation';
import { cli } from '../support/cli';
import { DEMO_BUNDLE, DEMO_SCORES, ROOT, SCREENSHOTS, expect, test } from './fixtures';
import { createIdentity, outsideRequests, axeViolations } from './support';

const DEMO_KEYS = join(ROOT, 'resources', 'demo', 'keys');

/** A deliberation on the demo call, signed on the command line with `key`: the demo roster gives the chair no key. */
async function demoDeliberation(directory: string, key: string, name: string): Promise<string> {
  mkdirSync(directory, { recursive: true });
  writeFileSync(
    join(directory, 'decisions.csv'),
    Papa.unparse([
      ['applicationId', 'outcome', 'rationale'],
      ['C2027-010', 'cohorte-1', 'Très solide.'],
    ]),
  );
  const out = join(directory, name);
  const run = await cli([
    'deliberate',
    '--bundle',
    DEMO_BUNDLE,
    '--scores',
    ...DEMO_SCORES,
    '--decisions',
    join(directory, 'decisions.csv'),
    '--key',
    key,
    '--out',
    out,
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
  return out;
}

/**
 * The chair's own key signing figures the score files do not give: the deliberation `signed`, with one
 * application's mean raised by two points, signed again with `key` and carrying the same score files.
 */
async function forgedResults(signed: string, key: string, out: string): Promise<string> {
  const opened = await verifyDeliberation(new Blob([readFileSync(signed)]));
  if (!opened.ok) throw new Error(opened.error.code);
  const { format: _format, formatVersion: _version, ...content } = opened.value.deliberation;
  const results = content.results.map((result, index) =>
    index === 0 ? { ...result, mean: (result.mean ?? 0) + 2 } : result,
  );
  const inputs = await Promise.all(
    DEMO_SCORES.map(async (path) => {
      const source = new Uint8Array(readFileSync(path));
      return { sha256: await sha256Hex(source), source };
    }),
  );
  const signer = await parseAnyPrivateKey(readFileSync(key, 'utf8'));
  const { blob } = await createDeliberation({ ...content, results }, signer, inputs);
  writeFileSync(out, new Uint8Array(await blob.arrayBuffer()));
  return out;
}

test.describe('checking a file, in English', () => {
  test('a valid bundle shows its signer and contents; nothing leaves the app', async ({ app }) => {
    const { page } = app;
    await createIdentity(page, 'Staff member', 'en');
    await page.getByRole('link', { name: 'Check a file' }).click();
    await expect(page.getByRole('heading', { name: 'Check a Jurydesk file' })).toBeVisible();
    await page.getByLabel('Choose a file…').setInputFiles(DEMO_BUNDLE);
    const status = page.getByRole('status');
    await expect(status).toContainText('Valid call bundle');
    await expect(status).toContainText('SHA256:fArvGOq8ExynDN4BZf+VlEb0/XRjMUGXhW+1CGyOmDk');
    await expect(status).toContainText('Cap Inclusion — 2027 call (demo) — version 1');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-valid-en.png'), fullPage: true });
    expect(outsideRequests(app.requests, app.origin)).toEqual([]);
  });

  test('a tampered bundle is refused with one sentence', async ({ app }, testInfo) => {
    const { page } = app;
    await createIdentity(page, 'Staff member', 'en');
    await page.getByRole('link', { name: 'Check a file' }).click();
    const bytes = readFileSync(DEMO_BUNDLE);
    // Flip one byte inside the last attachment: the signature still holds, the attachment's SHA-256 no longer does.
    const index = bytes.length - 2000;
    bytes[index] = bytes[index]! ^ 0xff;
    const tampered = testInfo.outputPath('tampered.jurybundle');
    writeFileSync(tampered, bytes);
    await page.getByLabel('Choose a file…').setInputFiles(tampered);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This file cannot be trusted');
    await expect(alert).toContainText(/does not match its signed fingerprint|is damaged/);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('checking a deliberation whose chair the roster gives no key', () => {
  test('shows the fingerprint to check instead of a green check, then valid once confirmed; another key is then refused, and so are figures its score files do not give', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    const signed = await demoDeliberation(
      testInfo.outputDir,
      join(DEMO_KEYS, 'demo-claire-martin'),
      'claire.jurydelib',
    );
    const forged = await demoDeliberation(testInfo.outputDir, join(DEMO_KEYS, 'demo-karim-benali'), 'forged.jurydelib');
    const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', join(DEMO_KEYS, 'demo-claire-martin.pub')])
      .toString()
      .split(' ')[1]!;

    await createIdentity(page, 'Staff member', 'en');
    await page.getByRole('button', { name: 'Open the demo call' }).click();
    await expect(page.getByRole('heading', { name: 'Cap Inclusion — 2027 call (demo)' })).toBeVisible();
    await page.getByRole('link', { name: 'Check a file' }).click();
    await page.getByLabel('Choose a file…').setInputFiles(signed);
    const status = page.getByRole('status').filter({ hasText: 'Sound signature, unconfirmed signer' });
    await expect(status).toBeVisible();
    await expect(status).not.toContainText('Valid deliberation');
    await expect(status).not.toContainText('✓');
    await expect(status.locator('.fingerprint-large')).toHaveText(fingerprint);
    await expect(status).toContainText('is not one the bundle gives for the chair, Claire Martin');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-unconfirmed-chair-en.png'), fullPage: true });

    await status.getByRole('button', { name: 'Confirm this key as the chair’s' }).click();
    const valid = page.getByRole('status').filter({ hasText: 'Valid deliberation' });
    await expect(valid).toBeVisible();
    await expect(valid).toContainText('The chair signed with the key you confirmed for them.');
    await expect(valid).toContainText(fingerprint);

    // The same person's later files must use the same key: one signed by another key in the chair's name is refused.
    await page.getByLabel('Choose a file…').setInputFiles(forged);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This file cannot be trusted');
    await expect(alert).toContainText(`but the key confirmed for the chair is ${fingerprint}`);
    expect(await axeViolations(page)).toEqual([]);

    // The confirmed chair's own key cannot vouch for figures the score files inside do not give.
    const inflated = await forgedResults(
      signed,
      join(DEMO_KEYS, 'demo-claire-martin'),
      join(testInfo.outputDir, 'inflated.jurydelib'),
    );
    await page.getByLabel('Choose a file…').setInputFiles(inflated);
    await expect(page.getByRole('alert')).toContainText(
      'The deliberation’s results are not those of the score files it holds: for “',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Valid deliberation' })).toHaveCount(0);
  });
});

test.describe('checking a file, in French', () => {
  test.use({ appLocale: 'fr-FR' });

  test('the interface is French on a French system, and can switch to English', async ({ app }) => {
    const { page } = app;
    await createIdentity(page, 'Membre de l’équipe', 'fr');
    await page.getByRole('link', { name: 'Vérifier un fichier' }).click();
    await expect(page.getByRole('heading', { name: 'Vérifier un fichier Jurydesk' })).toBeVisible();
    await page.getByLabel('Choisir un fichier…').setInputFiles(DEMO_BUNDLE);
    await expect(page.getByRole('status')).toContainText('Dossier d’appel valide');
    await expect(page.getByRole('status')).toContainText('12 candidatures, 4 critères, 5 jurés et 12 pièces jointes');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-valid-fr.png'), fullPage: true });
    await page.getByLabel('Langue').selectOption('en');
    await expect(page.getByRole('heading', { name: 'Check a Jurydesk file' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Check a Jurydesk file' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a file that is not a Jurydesk file gets one French sentence', async ({ app }, testInfo) => {
    const { page } = app;
    await createIdentity(page, 'Membre de l’équipe', 'fr');
    await page.getByRole('link', { name: 'Vérifier un fichier' }).click();
    const notZip = testInfo.outputPath('notes.jurybundle');
    writeFileSync(notZip, 'Compte rendu de la réunion');
    await page.getByLabel('Choisir un fichier…').setInputFiles(notZip);
    await expect(page.getByRole('alert')).toContainText('Ce n’est pas un fichier Jurydesk');
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-invalid-fr.png'), fullPage: true });
  });
});
