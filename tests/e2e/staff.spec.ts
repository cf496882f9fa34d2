import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { verifyBundle } from '@core/documents/bundle';
import { cli } from '../support/cli';
import { documentedScript } from '../support/docs';
import { SCREENSHOTS, expect, test, watchPage, type App } from './fixtures';
import {
  DEMO,
  DEMO_CSV,
  DEMO_FILES,
  STAFF_KEY,
  chooseDemoApplications,
  download,
  openTab,
  publicKeyOf,
  signAndExport,
  staffDeskWithDemoKey,
} from './staff-support';
import { createIdentity, openBundle, seriousViolations } from './support';

async function manifestOf(path: string) {
  const verified = await verifyBundle(new Blob([readFileSync(path)]));
  if (!verified.ok) throw new Error(`${path}: ${verified.error.code}`);
  return verified.value;
}

function withoutIssuedAt<T extends { issuedAt: string }>(manifest: T): Omit<T, 'issuedAt'> {
  const { issuedAt: _issuedAt, ...rest } = manifest;
  return rest;
}

async function describeTheCall(page: Page) {
  await page.getByLabel('Call id', { exact: true }).fill('cap-inclusion-2027-demo');
  await page.getByLabel('Title (French)', { exact: true }).fill('Cap Inclusion — Appel 2027 (démonstration)');
  await page.getByLabel('Title (English)', { exact: true }).fill('Cap Inclusion — 2027 call (demo)');
  await page.getByLabel('Organiser', { exact: true }).fill('Accélérateur Cap Inclusion (fictif)');
  await page
    .getByLabel('Description (French)', { exact: true })
    .fill('Sélection de deux promotions de quatre structures.');
  await page
    .getByLabel('Signed by (name shown to jurors)', { exact: true })
    .fill('Équipe Cap Inclusion (clé de démonstration)');
  await page.getByLabel('Erase from jurors’ laptops after', { exact: true }).fill('2027-06-30');
}

/** Facts with the labels jurors read, three answers under their questions, the PDF column. */
async function mapTheColumns(page: Page) {
  await page.getByLabel('Column of the application id', { exact: true }).selectOption('Numéro');
  await page.getByLabel('Column of the name', { exact: true }).selectOption('Structure');
  await page.getByLabel('Column of the summary', { exact: true }).selectOption('Résumé');
  const facts: [string, string, string][] = [
    ['Forme juridique', 'Legal form', 'Text'],
    ['Région', 'Region', 'Text'],
    ['Année de création', 'Founded', 'Whole number'],
    ['Chiffre d’affaires (€)', 'Revenue (€)', 'Number'],
  ];
  for (const [column, english, type] of facts) {
    await page.getByLabel('Add a fact from the column', { exact: true }).selectOption(column);
    await page.getByLabel(`Type of “${column}”`, { exact: true }).selectOption({ label: type });
    await page.getByLabel(`Label of “${column}” (English)`, { exact: true }).fill(english);
  }
  const answers: [string, string][] = [
    ['Problème', 'Quel problème résolvez-vous, et pour qui ?'],
    ['Solution', 'Comment y répondez-vous ?'],
  ];
  for (const [column, question] of answers) {
    await page.getByLabel('Add an answer from the column', { exact: true }).selectOption(column);
    await page.getByLabel(`Question of “${column}” (French)`, { exact: true }).fill(question);
  }
  await page
    .getByRole('group', { name: 'Columns naming attachment files' })
    .getByLabel('Dossier PDF', { exact: true })
    .check();
  await expect(page.getByText('12 applications, 12 attachments found.')).toBeVisible();
}

async function nameTheJury(page: Page) {
  const jurors: [string, string | null][] = [
    ['Claire Martin', 'claire-martin'],
    ['Karim Benali', 'karim-benali'],
    ['Sophie Lefèvre', 'sophie-lefevre'],
    ['Julien Moreau', null],
    ['Nadia Haddad', null],
  ];
  for (const [index, [name, key]] of jurors.entries()) {
    await page.getByRole('button', { name: 'Add a juror' }).click();
    const juror = page.getByRole('listitem').nth(index);
    await juror.getByLabel('Name', { exact: true }).fill(name);
    if (key) await juror.getByLabel(`Public key of ${name}`, { exact: true }).fill(publicKeyOf(key));
    if (index === 0) await expect(juror.getByText(/^Give the chair’s key/)).toBeVisible({ visible: !key });
  }
  await expect(page.getByRole('radio', { name: 'Claire Martin chairs the jury' })).toBeChecked();
  await expect(page.getByText(/^Fingerprint SHA256:/)).toHaveCount(3);
}

async function conflictsAndAssignments(page: Page) {
  await page.getByLabel('Juror', { exact: true }).selectOption({ label: 'Karim Benali' });
  await page.getByLabel('Application', { exact: true }).selectOption({ label: 'Mobilité Clé' });
  await page.getByLabel('Reason', { exact: true }).fill('Sa banque finance la structure.');
  await page.getByRole('button', { name: 'Add the conflict' }).click();
  await expect(page.getByText('Karim Benali — Mobilité Clé — Sa banque finance la structure.')).toBeVisible();
  await page.getByRole('radio', { name: 'Each application by a few jurors' }).check();
  await page.getByLabel('Jurors per application', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const coverage = page.getByRole('table', { name: 'Applications per juror' });
  await expect(coverage.getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('checkbox', { name: 'Mobilité Clé to Karim Benali' })).toBeDisabled();
}

/** A juror's own laptop: a context of its own, watched like the test's page. */
async function jurorLaptop(browser: Browser, app: App): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  watchPage(page, app.problems);
  await page.goto('/');
  await createIdentity(page, 'Nadia Haddad', 'en');
  return page;
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `staff-${name}.png`), fullPage: true });
}

test.describe('the staff desk', () => {
  test.use({ appLocale: 'en-GB' });

  test('prepares the demo call through the UI only; the bundle verifies with stock tools and the CLI, the CLI signs the same manifest from its CALL.json, a juror opens it and keeps their scores through version 2', async ({
    app,
    browser,
  }, testInfo: TestInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    const staffFingerprint = await staffDeskWithDemoKey(page);
    await page.getByRole('button', { name: 'Prepare a new call' }).click();
    await describeTheCall(page);
    await chooseDemoApplications(page);
    await mapTheColumns(page);
    await openTab(page, 'Grid');
    await page.getByRole('button', { name: 'Start from the reference grid' }).click();
    await expect(page.getByLabel('Weight of Innovative character', { exact: true })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Preview' })).toContainText('A juror scoring Clic’Solidaire');
    await openTab(page, 'Jury');
    await nameTheJury(page);
    await openTab(page, 'Conflicts and assignments');
    await conflictsAndAssignments(page);

    const bundle = await signAndExport(page, testInfo, 'call.jurybundle');
    expect(bundle.suggested).toBe('cap-inclusion-2027-demo-v1.jurybundle');
    await expect(page.getByText(/^Version 1 signed and saved as cap-inclusion-2027-demo-v1.jurybundle/)).toBeVisible();
    const description = await download(
      page,
      testInfo,
      page.getByRole('button', { name: 'Save the call description…' }),
      'CALL.json',
    );

    // The stock tools of docs: ssh-keygen for the signature, sha256sum for every attachment.
    const directory = testInfo.outputPath('stock');
    execFileSync('mkdir', ['-p', directory]);
    copyFileSync(bundle.path, join(directory, 'call.jurybundle'));
    copyFileSync(join(DEMO, 'allowed_signers'), join(directory, 'allowed_signers'));
    const stock = execFileSync('bash', ['-euo', 'pipefail', '-c', documentedScript('README.md', 'stock-tools')], {
      cwd: directory,
    }).toString();
    expect(stock).toContain('Good "jurydesk-bundle-v1" signature for cap-inclusion-staff');
    expect(stock.match(/: OK$/gm)).toHaveLength(12);
    const verified = await cli(['verify', bundle.path]);
    expect(verified.stdout).toContain('Valid call bundle');
    expect(verified.code).toBe(0);

    // The CLI's door: the same CALL.json, spreadsheet, files and key make the same manifest.
    const fromUi = await manifestOf(bundle.path);
    const cliBundle = testInfo.outputPath('cli.jurybundle');
    const run = await cli([
      'bundle',
      '--call',
      description.path,
      '--applications',
      DEMO_CSV,
      '--files',
      DEMO_FILES,
      '--key',
      STAFF_KEY,
      '--out',
      cliBundle,
    ]);
    expect(run.stderr).toBe('');
    expect(withoutIssuedAt((await manifestOf(cliBundle)).manifest)).toEqual(withoutIssuedAt(fromUi.manifest));
    expect(fromUi.manifest.fieldLabels).toMatchObject({
      formeJuridique: { fr: 'Forme juridique', en: 'Legal form' },
      region: { fr: 'Région', en: 'Region' },
    });
    expect(fromUi.manifest.jurors.find((juror) => juror.role === 'chair')?.publicKey).toBeTruthy();

    // A juror opens version 1: the facts under their labels, their own applications first.
    const juror = await jurorLaptop(browser, app);
    await openBundle(juror, bundle.path, 'en');
    await expect(juror.getByRole('dialog')).toContainText(staffFingerprint);
    await juror.getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await juror.getByRole('button', { name: 'I am Nadia Haddad' }).click();
    const assigned = fromUi.manifest.assignments!.find((entry) => entry.jurorId === 'nadia-haddad')!.applicationIds;
    const rows = juror.getByRole('listitem').filter({ hasText: 'C2027-' });
    await expect(rows).toHaveCount(12);
    for (const [index] of assigned.entries()) await expect(rows.nth(index)).not.toContainText('Not assigned to you');
    await expect(rows.nth(assigned.length)).toContainText('Not assigned to you');
    await expect(juror.getByLabel('Legal form', { exact: true })).toBeVisible();
    await rows.first().getByRole('link').click();
    await expect(juror.getByText('Legal form')).toBeVisible();
    await juror.keyboard.press('4');
    await expect(juror.getByText(/^All changes saved/)).toBeVisible();

    // Version 2: a label corrected; the juror's score stays.
    await openTab(page, 'Call');
    await page.getByLabel('Title (English)', { exact: true }).fill('Cap Inclusion — 2027 call');
    await openTab(page, 'Sign and publish');
    await expect(page.getByText('The call’s title, organiser, description or language changed.')).toBeVisible();
    await expect(page.getByText(/^The grid changes/)).toHaveCount(0);
    const second = await download(
      page,
      testInfo,
      page.getByRole('button', { name: 'Sign and export version 2…' }),
      'call-v2.jurybundle',
    );
    const v2 = await manifestOf(second.path);
    expect(v2.manifest.sequence).toBe(2);
    expect(v2.manifest.previousManifestSha256).toBe(fromUi.manifestSha256);
    await juror
      .getByRole('link', { name: /Back/ })
      .or(juror.getByRole('button', { name: /Back to/ }))
      .first()
      .click();
    await openBundle(juror, second.path, 'en');
    await expect(juror.getByRole('heading', { name: 'Cap Inclusion — 2027 call' })).toBeVisible();
    await expect(juror.getByText('Version 2 replaces version 1; your evaluations are kept.')).toBeVisible();
    await expect(rows.first()).toContainText('Draft');
    await juror.context().close();
  });
});
