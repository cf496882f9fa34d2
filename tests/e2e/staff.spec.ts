import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { cli } from '../support/cli';
import { documentedScript } from '../support/docs';
import { SCREENSHOTS, expect, test, watchPage, type App } from './fixtures';
import { englishOn } from './english-words';
import {
  DEMO,
  DEMO_CALL,
  DEMO_CSV,
  DEMO_FILES,
  STAFF_KEY,
  chooseDemoApplications,
  chooseFile,
  download,
  openTab,
  publicKeyOf,
  signAndExport,
  staffDeskWithDemoKey,
  manifestOf,
} from './staff-support';
import { axeViolations, confirmEveryJurorKey, createIdentity, dumpIndexedDb, openBundle } from './support';

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
  // Staff want the region first: every view and export follows.
  await page.getByRole('button', { name: 'Move up: Région', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Move up: Région', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move down: Région', exact: true })).toBeFocused();
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
  await expect(page.getByText('12 applications and 12 attachments found.')).toBeVisible();
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

/**
 * The outcomes as 13M means them: the three default rows renamed, a fourth added, one id set by hand, and the
 * ids that follow their labels shown as they change.
 */
async function nameTheOutcomes(page: Page) {
  const rows = page.locator('ol.editor-list > li');
  const rename = async (index: number, french: string, english: string, kind?: string) => {
    await rows.nth(index).getByLabel('Outcome (French)', { exact: true }).fill(french);
    await rows.nth(index).getByLabel('Outcome (English)', { exact: true }).fill(english);
    if (kind) await rows.nth(index).getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  };
  await rename(0, 'Cohorte 1', 'Cohort 1');
  await expect(rows.nth(0).getByLabel('Id in files', { exact: true })).toHaveValue('cohort-1');
  await rename(1, 'Cohorte 2', 'Cohort 2', 'Selected');
  await rename(2, 'Liste d’attente', 'Waitlist', 'Waitlist');
  await page.getByRole('button', { name: 'Add an outcome' }).click();
  await expect(rows).toHaveCount(4);
  await rename(3, 'Non retenu', 'Not selected', 'Not selected');
  await expect(rows.nth(3).getByLabel('Id in files', { exact: true })).toHaveValue('not-selected');
  // An id set by hand stays when the label changes again; one already taken is refused with a sentence.
  const id = rows.nth(3).getByLabel('Id in files', { exact: true });
  await id.fill('waitlist');
  await id.press('Enter');
  await expect(rows.nth(3).getByText('Another outcome already has this id.')).toBeVisible();
  await id.fill('declined');
  await id.press('Enter');
  await rename(3, 'Non retenu', 'Not retained');
  await expect(id).toHaveValue('declined');
  // Moved up and back down: the focus stays on the moved outcome's button.
  await page.getByRole('button', { name: 'Move up: Not retained' }).click();
  await expect(page.getByRole('button', { name: 'Move up: Not retained' })).toBeFocused();
  await expect(rows.nth(2).getByLabel('Id in files', { exact: true })).toHaveValue('declined');
  await page.getByRole('button', { name: 'Move down: Not retained' }).click();
  // Last again: “Move down” is disabled, so the focus goes to “Move up”.
  await expect(page.getByRole('button', { name: 'Move up: Not retained' })).toBeFocused();
  await expect(rows.nth(3).getByLabel('Id in files', { exact: true })).toHaveValue('declined');
  await expect(rows.nth(1).getByLabel('Id in files', { exact: true })).toHaveValue('cohort-2');
}

async function conflictsAndAssignments(page: Page, testInfo: TestInfo) {
  await page.getByLabel('Juror', { exact: true }).selectOption({ label: 'Karim Benali' });
  await page.getByLabel('Application', { exact: true }).selectOption({ label: 'Mobilité Clé' });
  await page.getByLabel('Reason', { exact: true }).fill('Sa banque finance la structure.');
  await page.getByRole('button', { name: 'Add the conflict' }).click();
  await expect(page.getByText('Karim Benali — Mobilité Clé — Sa banque finance la structure.')).toBeVisible();
  // The rest from staff's spreadsheet: names as people type them; a misspelt juror said by its row, not guessed.
  const sheet = testInfo.outputPath('conflicts.csv');
  writeFileSync(
    sheet,
    'Juré;Candidature;Motif\nsophie lefevre;Clic’Solidaire;Ancienne salariée\nJulien Moreau;C2027-003;Mentor\nNadia Hadad;Éclo;Typo\n',
  );
  await chooseFile(page, 'Import conflicts from a spreadsheet…', sheet);
  await expect(page.getByText('2 conflicts added.')).toBeVisible();
  await expect(
    page.getByText('Row 4: no juror of the jury is called “Nadia Hadad”; that row was left out.'),
  ).toBeVisible();
  await expect(page.getByText('Sophie Lefèvre — Clic’Solidaire — Ancienne salariée')).toBeVisible();
  await page.getByRole('radio', { name: 'Each application by a few jurors' }).check();
  await page.getByLabel('Jurors per application', { exact: true }).fill('3');
  // The chair does not score: out of the draw. Karim has less time: at most 8 of the 12.
  await page.getByRole('checkbox', { name: 'Claire Martin is in the draw' }).uncheck();
  await page.getByLabel('The most applications for Karim Benali', { exact: true }).fill('8');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const coverage = page.getByRole('table', { name: 'Applications per juror' });
  await expect(coverage.getByRole('row')).toHaveCount(6);
  await expect(coverage.getByRole('row', { name: /^Claire Martin/ })).toContainText('out of the draw');
  await expect(coverage.getByRole('row', { name: /^Karim Benali/ })).toContainText('8');
  await expect(page.getByText(/^Every pair of jurors shares at least \d+ applications?:/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Mobilité Clé to Karim Benali' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Clic’Solidaire to Sophie Lefèvre' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Clic’Solidaire to Sophie Lefèvre' })).not.toBeChecked();
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

const STEP_TABS = {
  en: [
    'Call',
    'Applications',
    'Grid',
    'Jury',
    'Outcomes',
    'Conflicts and assignments',
    'Sign and publish',
    'Deliberation',
  ],
  fr: [
    'Appel',
    'Candidatures',
    'Grille',
    'Jury',
    'Issues',
    'Conflits et répartition',
    'Signer et publier',
    'Délibération',
  ],
};

/** The demo jury's deliberation, as the chair would sign it with the command line. */
async function demoDeliberation(testInfo: TestInfo): Promise<string> {
  const outcomes = [
    'cohorte-1',
    'cohorte-1',
    'cohorte-1',
    'cohorte-1',
    'cohorte-2',
    'cohorte-2',
    'cohorte-2',
    'cohorte-2',
    'liste-attente',
    'liste-attente',
    'non-retenu',
    'non-retenu',
  ];
  const decisions = testInfo.outputPath('decisions.csv');
  writeFileSync(
    decisions,
    [
      'applicationId,outcome,rationale',
      ...outcomes.map((outcome, index) => `C2027-${String(index + 1).padStart(3, '0')},${outcome},Vu en séance`),
    ].join('\n'),
  );
  const out = testInfo.outputPath('demo.jurydelib');
  const scores = readdirSync(join(DEMO, 'scores')).map((name) => join(DEMO, 'scores', name));
  const run = await cli([
    'deliberate',
    '--bundle',
    join(DEMO, 'demo.jurybundle'),
    '--scores',
    ...scores,
    '--decisions',
    decisions,
    '--key',
    join(DEMO, 'keys', 'demo-claire-martin'),
    '--out',
    out,
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
  return out;
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
    await openTab(page, 'Outcomes');
    await nameTheOutcomes(page);
    await openTab(page, 'Conflicts and assignments');
    await conflictsAndAssignments(page, testInfo);
    await screenshot(page, 'en-6b-automatic-assignments');

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
    expect(fromUi.manifest.fieldOrder?.[0]).toBe('region');
    expect(fromUi.manifest.fieldOrder).toHaveLength(4);
    expect(fromUi.manifest.outcomes.map(({ id, label, kind }) => ({ id, label, kind }))).toEqual([
      { id: 'cohort-1', label: { fr: 'Cohorte 1', en: 'Cohort 1' }, kind: 'selected' },
      { id: 'cohort-2', label: { fr: 'Cohorte 2', en: 'Cohort 2' }, kind: 'selected' },
      { id: 'waitlist', label: { fr: 'Liste d’attente', en: 'Waitlist' }, kind: 'waitlist' },
      { id: 'declined', label: { fr: 'Non retenu', en: 'Not retained' }, kind: 'rejected' },
    ]);
    expect(fromUi.manifest.conflicts?.map((conflict) => `${conflict.jurorId} ${conflict.applicationId}`)).toEqual([
      'karim-benali C2027-008',
      'sophie-lefevre C2027-001',
      'julien-moreau C2027-003',
    ]);
    for (const { jurorId, applicationId } of fromUi.manifest.conflicts ?? [])
      expect(fromUi.manifest.assignments!.find((entry) => entry.jurorId === jurorId)!.applicationIds).not.toContain(
        applicationId,
      );
    const load = (jurorId: string) =>
      fromUi.manifest.assignments!.find((entry) => entry.jurorId === jurorId)!.applicationIds.length;
    expect(load('claire-martin')).toBe(0);
    expect(load('karim-benali')).toBeLessThanOrEqual(8);
    expect(
      fromUi.manifest.jurors.filter((juror) => juror.role !== 'chair').map((juror) => load(juror.id)),
    ).not.toContain(0);

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
    await expect(juror.locator('.facts-list dt')).toHaveText(['Region', 'Legal form', 'Founded', 'Revenue (€)']);
    await juror.keyboard.press('4');
    await expect(juror.getByText(/^All changes saved/)).toBeVisible();
    // An application assigned to others can be read, not scored: a chair would refuse the score.
    await juror.getByRole('button', { name: 'Back to the list' }).click();
    await rows.nth(assigned.length).getByRole('link').click();
    await expect(juror.getByText('Not assigned to you — not yours to score')).toBeVisible();
    await juror.keyboard.press('4');
    await expect(juror.getByRole('radio', { checked: true })).toHaveCount(0);

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

  test('a CALL.json made for the CLI opens on the desk and signs the manifest the CLI signs; every step looked at in both languages', async ({
    app,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    await staffDeskWithDemoKey(page);
    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    await expect(page.getByRole('heading', { name: 'Cap Inclusion — 2027 call (demo)' })).toBeVisible();
    await chooseDemoApplications(page);
    await expect(page.getByText('12 applications and 12 attachments found.')).toBeVisible();
    await expect(page.getByLabel('Label of “Forme juridique” (English)', { exact: true })).toHaveValue('Legal form');
    const signed = await signAndExport(page, testInfo, 'ui.jurybundle');
    const fromUi = await manifestOf(signed.path);
    const cliBundle = testInfo.outputPath('cli.jurybundle');
    const run = await cli([
      'bundle',
      '--call',
      DEMO_CALL,
      '--applications',
      DEMO_CSV,
      '--files',
      DEMO_FILES,
      '--key',
      STAFF_KEY,
      '--out',
      cliBundle,
    ]);
    expect(run.code).toBe(0);
    expect(withoutIssuedAt((await manifestOf(cliBundle)).manifest)).toEqual(withoutIssuedAt(fromUi.manifest));
    // The description the desk saves is the one it opened, field for field.
    const saved = await download(
      page,
      testInfo,
      page.getByRole('button', { name: 'Save the call description…' }),
      'CALL.json',
    );
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual(JSON.parse(readFileSync(DEMO_CALL, 'utf8')));

    for (const language of ['en', 'fr'] as const) {
      await page.getByRole('combobox', { name: /^(Language|Langue)$/ }).selectOption(language);
      for (const [index, tab] of STEP_TABS[language].entries()) {
        await openTab(page, tab);
        expect(await axeViolations(page), `${language} ${tab}`).toEqual([]);
        if (language === 'fr') expect(await englishOn(page), tab).toEqual([]);
        await screenshot(page, `${language}-${index + 1}-${STEP_TABS.en[index]!.toLowerCase().replace(/\W+/g, '-')}`);
      }
    }
    await page.getByRole('button', { name: 'Retour à l’espace de l’équipe' }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await englishOn(page), 'home').toEqual([]);
    await screenshot(page, 'fr-0-home');
    await page.getByRole('button', { name: 'Supprimer Cap Inclusion — Appel 2027 (démonstration)…' }).click();
    await expect(page.getByRole('dialog')).toContainText('Les dossiers déjà envoyés aux jurés ne sont pas touchés');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer', exact: true }).click();
    await expect(page.getByText('Aucun appel préparé sur cet ordinateur pour l’instant.')).toBeVisible();
    const stored = await dumpIndexedDb(page);
    expect([stored.staffCalls, stored.staffFiles]).toEqual([[], []]);
  });

  test('a spreadsheet with errors shows each on its row and column, and nothing can be signed', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await staffDeskWithDemoKey(page);
    // Call descriptions that are not one: a sentence each, nothing stored.
    const before = await dumpIndexedDb(page);
    const hostile: [string, RegExp][] = [
      ['{ "call": ', /^The document “CALL\.json” is not valid JSON \(near character 10\)/],
      ['{ "__proto__": { "admin": true } }', /uses the field name “__proto__”/],
      ['{ "call": { "id": "x" } }', /^CALL\.json is not a valid call description: /],
    ];
    for (const [text, message] of hostile) {
      await page
        .getByLabel('Open a call description…', { exact: true })
        .last()
        .setInputFiles({ name: 'CALL.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByRole('alert')).toHaveText(message);
    }
    expect(await dumpIndexedDb(page)).toEqual(before);
    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    const csv = readFileSync(DEMO_CSV, 'utf8')
      .replace(/^C2027-003;/m, 'C2027-001;') // row 4 repeats row 2's id
      .replace(/^(C2027-005;(?:[^;]*;){5})\d+/m, '$1beaucoup') // revenue is a number
      .replace('C2027-007-dossier.pdf', 'C2027-099-dossier.pdf'); // a file the folder does not hold
    const broken = testInfo.outputPath('applications.csv');
    writeFileSync(broken, csv);
    await chooseDemoApplications(page, broken);
    const problems = page.getByRole('alert').filter({ hasText: /problems? to fix in the spreadsheet/ });
    await expect(problems.getByRole('row')).toHaveCount(4);
    const problem = (row: number, column: string) =>
      problems
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: String(row), exact: true }) })
        .filter({ hasText: column });
    await expect(problem(4, 'Numéro')).toContainText('C2027-001');
    await expect(problem(6, 'Chiffre d’affaires (€)')).toContainText('beaucoup');
    await expect(problem(8, 'Dossier PDF')).toContainText('C2027-099-dossier.pdf');
    // The same sentences as the CLI's.
    const run = await cli([
      'bundle',
      '--call',
      DEMO_CALL,
      '--applications',
      broken,
      '--files',
      DEMO_FILES,
      '--key',
      STAFF_KEY,
      '--out',
      testInfo.outputPath('x.jurybundle'),
    ]);
    expect(run.code).toBe(1);
    for (const text of await problems.getByRole('cell').allTextContents())
      if (text.length > 20) expect(run.stderr).toContain(text.replace('is not in files.', `is not in ${DEMO_FILES}.`));

    await openTab(page, 'Sign and publish');
    await expect(page.getByText('Fix the 3 problems of the spreadsheet (Applications tab).')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Sign and export/ })).toBeDisabled();

    // A required column left unmapped is named too.
    await openTab(page, 'Applications');
    await page.getByLabel('Column of the name', { exact: true }).selectOption('');
    await expect(problem(1, '—')).toContainText('Choose the column of the name of the applications.');
    await openTab(page, 'Sign and publish');
    await expect(page.getByText('Fix the problem of the spreadsheet (Applications tab).')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Sign and export/ })).toBeDisabled();
  });

  test('staff receive the demo deliberation, checked against their bundle, and export the three spreadsheets and the report', async ({
    app,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    const deliberation = await demoDeliberation(testInfo);
    await staffDeskWithDemoKey(page);
    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    await openTab(page, 'Deliberation');
    await expect(page.getByText(/^Sign and publish the call first/)).toBeVisible();
    await openTab(page, 'Sign and publish');
    await chooseFile(page, 'Add a signed bundle…', join(DEMO, 'demo.jurybundle'));
    await expect(page.getByRole('table', { name: 'Versions of this call' }).getByRole('row')).toHaveCount(2);

    await openTab(page, 'Deliberation');
    // While jurors score: four files sent to staff, one damaged on the way; the panel says who is where.
    const scores = join(DEMO, 'scores');
    const damaged = testInfo.outputPath('julien-moreau.juryscores');
    const damagedBytes = readFileSync(join(scores, 'julien-moreau.juryscores'));
    damagedBytes.writeUInt8(damagedBytes.readUInt8(200) ^ 1, 200);
    writeFileSync(damaged, damagedBytes);
    await chooseFile(
      page,
      'Add score files…',
      ['claire-martin', 'karim-benali', 'nadia-haddad']
        .map((name) => join(scores, `${name}.juryscores`))
        .concat(damaged),
    );
    const panel = page.getByRole('region', { name: 'While jurors score' }).getByRole('table');
    await expect(panel.getByRole('row', { name: /^Karim Benali Received/ })).toBeVisible();
    await expect(panel.getByRole('row', { name: /^Sophie Lefèvre Missing/ })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'julien-moreau.juryscores' })).toBeVisible();
    // The roster gives no key for Nadia or the chair: staff compare each with its owner before the file counts.
    await expect(panel.getByRole('row', { name: /^Nadia Haddad Missing/ })).toBeVisible();
    await confirmEveryJurorKey(page);
    await expect(panel.getByRole('row', { name: /^Nadia Haddad Received/ })).toBeVisible();
    const progress = await download(
      page,
      testInfo,
      page.getByRole('button', { name: 'CSV — The scores received so far, for the record', exact: true }),
      'progress.csv',
    );
    const progressRows = readFileSync(progress.path, 'utf8').trimEnd().split('\r\n').slice(1);
    expect(new Set(progressRows.map((row) => row.split(',')[2]))).toEqual(
      new Set(['Claire Martin', 'Karim Benali', 'Nadia Haddad']),
    );
    const before = await dumpIndexedDb(page);
    const tampered = testInfo.outputPath('tampered.jurydelib');
    const bytes = readFileSync(deliberation);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 1, middle);
    writeFileSync(tampered, bytes);
    await chooseFile(page, 'Choose the deliberation…', tampered);
    await expect(page.getByRole('alert').filter({ hasText: 'This file cannot be trusted' })).toBeVisible();
    expect(await dumpIndexedDb(page)).toEqual(before);

    await chooseFile(page, 'Choose the deliberation…', deliberation);
    await expect(page.getByRole('heading', { name: 'Sound signature, unconfirmed signer' })).toBeVisible();
    await page.getByRole('button', { name: 'Confirm this key as the chair’s' }).click();
    await expect(
      page.getByRole('heading', { name: 'Valid deliberation, made on version 1 of your call' }),
    ).toBeVisible();
    await expect(page.getByText('The chair signed with the key you confirmed for them.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'en-8-deliberation-received');

    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const csv = await download(page, testInfo, button('CSV — results and decisions'), 'd.csv');
    expect(csv.suggested).toBe('cap-inclusion-2027-demo-deliberation.csv');
    const text = readFileSync(csv.path, 'utf8');
    expect(text).toContain('Fibre Commune');
    expect(text).toContain('Cohort 1');
    expect(text).toContain('Legal form');
    const excel = await download(page, testInfo, button('CSV (Excel, France) — results and decisions'), 'd-fr.csv');
    expect(readFileSync(excel.path, 'utf8')).toContain(';');
    const xlsx = await download(page, testInfo, button('XLSX — results and decisions'), 'd.xlsx');
    expect(readFileSync(xlsx.path).subarray(0, 2).toString()).toBe('PK');
    // Every juror's scores, from the score files the deliberation carries: 5 jurors × 12 applications, the
    // internal comments under a header that says whom they are for.
    const record = await download(page, testInfo, button('CSV — Every juror’s scores, for the record'), 's.csv');
    expect(record.suggested).toBe('cap-inclusion-2027-demo-scores-by-juror.csv');
    const lines = readFileSync(record.path, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^Application id,Application,Juror,Status,Total,Recommendation,.*,Comments for the jury only$/,
    );
    expect(lines.filter((line) => line.startsWith('C2027-')).length).toBeGreaterThanOrEqual(55);

    await page.getByRole('button', { name: 'Printable report (PDF)' }).click();
    await expect(page.getByRole('heading', { name: /^Deliberation report/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Ranking/ }).getByRole('row')).toHaveCount(13);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'en-9-report');

    // Kept: the page opened again checks the same file again.
    await page.reload();
    await expect(
      page.getByRole('heading', { name: 'Valid deliberation, made on version 1 of your call' }),
    ).toBeVisible();
  });
});
