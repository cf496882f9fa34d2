import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnyPrivateKey } from '@core/crypto/encrypted-key';
import { createBundle, verifyBundle } from '@core/documents/bundle';
import { verifyDeliberation } from '@core/verify';
import { cli } from '../../support/cli';
import { DEMO_BUNDLE, DEMO_SCORES } from '../fixtures';

const DEMO_KEYS = join(DEMO_BUNDLE, '..', 'keys');
import { confirmEveryJurorKey } from '../support';
import { expect, test } from './fixtures';
import { DESKTOP_ORIGIN } from './harness';
import { chooseDemoApplications, chooseFile, DEMO_CALL, openTab } from '../staff-support';
import { IPC } from '@core/ipc';

/** The channels called in this file's tests, gathered from each test's harness. */
const calledChannels = new Set<string>();

test.afterEach(({ desktop }) => {
  for (const channel of desktop.harness.calledChannels) calledChannels.add(channel);
});

/**
 * The desktop app end to end, over the wire harness: the renderer built for Electron, served by main's protocol
 * handler, the built preload, main's handlers, key stores and file writing. What only a real Electron run proves
 * (the window's chrome, safeStorage's backend, the installer) is listed in docs/DESIGN.md §6.
 */

const PASSPHRASE = 'correct horse battery staple';

function sshKey(folder: string, type: 'ed25519' | 'ecdsa', passphrase = ''): string {
  const path = join(folder, `key-${type}-${passphrase.length}`);
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', passphrase, '-C', 'staff@cap', '-f', path]);
  return path;
}

test.describe('a juror on the desktop, in French', () => {
  test.use({ appLocale: 'fr-FR' });

  test('a bundle from the command line and the File menu, scores exported, the key backed up, refused keys said with their facts, a damaged key restored, everything erased', async ({
    desktop,
  }, testInfo) => {
    const { page, harness } = desktop;
    await page.getByLabel('Votre nom').fill('Nadia Haddad');
    await page.getByRole('button', { name: 'Créer ma clé et continuer' }).click();
    await expect(page.getByRole('heading', { name: 'Vos appels' })).toBeVisible();
    expect(statSync(harness.identityPath).mode & 0o777).toBe(0o600);
    expect(readFileSync(harness.identityPath, 'utf8')).toContain('"protection":"os"');

    // Double-clicking a bundle starts the app with its path: main hands the file to the page's hidden input.
    expect(await harness.openFromCommandLine(['/opt/Jurydesk/jurydesk', '--no-sandbox', DEMO_BUNDLE])).toEqual([
      DEMO_BUNDLE,
    ]);
    await page.getByRole('button', { name: 'Les empreintes concordent : ouvrir l’appel' }).click();
    await page.getByRole('button', { name: 'Je suis Nadia Haddad' }).click();
    await expect(page.getByText('Vous êtes Nadia Haddad, juré·e de ce jury.')).toBeVisible();

    await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
    await expect(page.getByRole('group', { name: /Caractère innovant/ })).toBeVisible();
    for (const key of ['4', '3', '5', '2']) await page.keyboard.press(key);
    await expect(page.getByText(/^Tout est enregistré/)).toBeVisible();
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    const scores = harness.answerSave('nadia.juryscores')!;
    await page.getByRole('button', { name: 'Exporter mon fichier de notes' }).click();
    await expect(page.getByText(/^Révision 1 enregistrée sous/)).toBeVisible();
    expect(harness.suggestedNames.at(-1)).toMatch(/-r1\.juryscores$/);
    const verified = await cli(['verify', scores, '--bundle', DEMO_BUNDLE, '--language', 'fr']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Nadia Haddad');

    // The File menu's “Open a call bundle…”: the page's own chooser, as the native menu sends it.
    const chooser = page.waitForEvent('filechooser');
    await harness.send('menu:command', 'open-bundle');
    await (await chooser).setFiles(DEMO_BUNDLE);
    // The same version again: refused, with the reason, and nothing stored changes.
    await expect(page.getByRole('alert').filter({ hasText: 'Ce dossier n’a pas été ouvert' })).toContainText(
      'version 1',
    );

    await harness.send('menu:command', 'identity');
    await expect(page.getByRole('heading', { name: 'Ma clé et mes réglages' })).toBeVisible();
    const publicKey = (await page.locator('.public-key').textContent())!.trim();
    await page.getByLabel('Phrase secrète (au moins 12 caractères)').fill(PASSPHRASE);
    await page.getByLabel('Phrase secrète, à nouveau').fill(PASSPHRASE);
    const backup = harness.answerSave('nadia-key-backup')!;
    await page.getByRole('button', { name: 'Enregistrer une sauvegarde…' }).click();
    await expect(page.getByText('Sauvegarde enregistrée.')).toBeVisible();
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const opened = execFileSync('ssh-keygen', ['-y', '-P', PASSPHRASE, '-f', backup]).toString();
    expect(opened.split(' ').slice(0, 2)).toEqual(publicKey.split(' ').slice(0, 2));

    // Staff's key: a key of another type is refused with its type named, a protected one asks for its passphrase.
    await page.getByRole('link', { name: 'Espace de l’équipe' }).click();
    const folder = testInfo.outputPath('keys');
    execFileSync('mkdir', ['-p', folder]);
    harness.answerOpen(sshKey(folder, 'ecdsa'));
    const keyAlert = page.getByRole('alert').filter({ hasText: /^La clé/ });
    await page.getByRole('button', { name: 'Importer la clé…' }).click();
    await expect(keyAlert).toHaveText(
      'La clé est de type ecdsa-sha2-nistp256\u202f; Jurydesk ne signe qu’avec des clés Ed25519. Utilisez une clé Ed25519.',
    );
    harness.answerOpen(sshKey(folder, 'ed25519', PASSPHRASE));
    await page.getByRole('button', { name: 'Importer la clé…' }).click();
    await expect(keyAlert).toHaveText(
      'La clé privée est protégée par une phrase secrète\u202f: saisissez sa phrase secrète et réessayez.',
    );
    expect(existsSync(harness.staffKeyPath)).toBe(false);

    // A key file damaged on disk: the app says so and offers the backup, never a new key over it.
    const damaged = '{"version":1,"name":"Nadia';
    writeFileSync(harness.identityPath, damaged);
    // The next start of the app: the window loads its first page.
    await page.goto(`${DESKTOP_ORIGIN}/index.html`);
    await expect(page.getByRole('heading', { name: 'Votre clé ne peut pas être lue' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Le fichier qui garde votre clé de signature est endommagé');
    await expect(page.getByRole('button', { name: 'Créer ma clé et continuer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByRole('alert')).toContainText('endommagé');
    expect(readFileSync(harness.identityPath, 'utf8')).toBe(damaged);
    harness.answerOpen(backup);
    await page.getByLabel('La phrase secrète de la sauvegarde').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Restaurer ma clé' }).click();
    await expect(page.getByRole('heading', { name: 'Vos appels' })).toBeVisible();
    expect(readFileSync(harness.identityPath, 'utf8')).toContain(publicKey.split(' ')[1]);

    await page.getByRole('link', { name: 'Ma clé et mes réglages' }).click();
    await page.getByRole('button', { name: 'Tout effacer sur cet ordinateur…' }).click();
    await page.getByLabel('Je comprends que tout ce que Jurydesk conserve sur cet ordinateur sera effacé.').check();
    await page.getByRole('button', { name: 'Tout effacer', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Créer ma clé et continuer' })).toBeVisible();
    expect(existsSync(harness.identityPath)).toBe(false);
    // Files the user saved are theirs: erasing the app's data leaves them.
    expect(existsSync(scores)).toBe(true);
  });
});

/** Version 0 of the demo call, names and summaries only, signed with the demo staff key as the desk would sign it. */
async function demoVersionZero(folder: string): Promise<string> {
  const demo = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
  if (!demo.ok) throw new Error(demo.error.code);
  const { manifest } = demo.value;
  const staff = await parseAnyPrivateKey(readFileSync(join(DEMO_KEYS, 'demo-staff'), 'utf8'));
  const {
    format: _format,
    formatVersion: _version,
    issuer,
    conflicts: _conflicts,
    fieldLabels: _labels,
    fieldOrder: _order,
    ...rest
  } = manifest;
  const zero = await createBundle(
    {
      ...rest,
      format: 'jurydesk.bundle',
      formatVersion: 1,
      issuer: { name: issuer.name },
      sequence: 0,
      previousManifestSha256: null,
      applications: manifest.applications.map(({ id, name, summary }) => ({
        id,
        name,
        ...(summary ? { summary } : {}),
      })),
    },
    [],
    staff,
  );
  const path = join(folder, 'demo-v0.jurybundle');
  writeFileSync(path, new Uint8Array(await zero.blob.arrayBuffer()));
  return path;
}

test.describe('a juror declaring interests on the desktop, in English', () => {
  test.use({ appLocale: 'en-GB' });

  test('version 0 opened from the command line; the declaration signed by main’s key in its own namespace', async ({
    desktop,
  }, testInfo) => {
    const { page, harness } = desktop;
    const zero = await demoVersionZero(testInfo.outputPath());
    await page.getByLabel('Your name').fill('Nadia Haddad');
    await page.getByRole('button', { name: 'Create my key and continue' }).click();
    await expect(page.getByRole('heading', { name: 'Your calls' })).toBeVisible();
    await harness.openFromCommandLine(['/opt/Jurydesk/jurydesk', zero]);
    await page.getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await page.getByRole('button', { name: 'I am Nadia Haddad' }).click();
    await page.getByRole('checkbox', { name: 'I have an interest in Mobilité Clé' }).check();
    await page.getByLabel('Why (optional, staff read it)').fill('Former colleague of its founder');
    const saved = harness.answerSave('nadia.jurydeclaration')!;
    await page.getByRole('button', { name: 'Sign and export my declaration' }).click();
    await expect(page.getByText(/^Revision 1 saved as /)).toBeVisible();
    expect(harness.suggestedNames.at(-1)).toMatch(/-interests-r1\.jurydeclaration$/);
    const verified = await cli(['verify', saved]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Former colleague of its founder');
    const unzipped = execFileSync('unzip', ['-p', saved, 'declaration.json.sig']).toString();
    expect(unzipped).toContain('BEGIN SSH SIGNATURE');
  });
});

test.describe('the chair on the desktop, in English', () => {
  test.use({ appLocale: 'en-GB' });

  test('score files received, the projector window, a signed deliberation, an export and the report saved as PDF', async ({
    desktop,
  }) => {
    const { page, harness } = desktop;
    await page.getByLabel('Your name').fill('Claire Martin');
    await page.getByRole('button', { name: 'Create my key and continue' }).click();
    await page.getByRole('button', { name: 'Open the demo call' }).click();
    await page.getByRole('button', { name: 'I am Claire Martin' }).click();
    await page.getByRole('button', { name: 'Chair’s desk' }).click();
    await page.getByLabel('Import score files…', { exact: true }).setInputFiles(DEMO_SCORES);
    await expect(page.getByText('5 files received')).toBeVisible();
    await confirmEveryJurorKey(page);

    await page.getByRole('tab', { name: 'Discuss' }).click();
    await page.getByRole('button', { name: 'Open the projector view' }).click();
    await expect.poll(() => harness.projector?.url() ?? '').toMatch(/#\/call\/.+\/projector$/);
    await expect(harness.projector!.getByRole('heading', { level: 2 })).toBeVisible();

    await page.getByRole('tab', { name: 'Decide' }).click();
    const cohorts = [
      ['Cohort 1', ['Fibre Commune', 'ReBoot Ordis', 'Mobilité Clé', 'Clic’Solidaire']],
      ['Cohort 2', ['Tiers-Lieu Le Fil', 'Parole Numérique', 'Braille & Pixels', 'Senior Visio']],
    ] as const;
    for (const [outcome, names] of cohorts)
      for (const name of names) await page.getByLabel(`Outcome of ${name}`).selectOption({ label: outcome });

    await page.getByRole('tab', { name: 'Sign and hand over' }).click();
    const signed = harness.answerSave('final.jurydelib')!;
    await expect(page.getByRole('button', { name: 'Sign and export the deliberation' })).toBeEnabled({
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Sign and export the deliberation' }).click();
    await expect(page.getByText(/^Deliberation revision 1 saved as/)).toBeVisible();
    const bundle = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
    if (!bundle.ok) throw new Error('the demo bundle does not verify');
    const verified = await verifyDeliberation(new Blob([readFileSync(signed)]), { bundle: bundle.value });
    expect(verified.ok && verified.value.deliberation.decisions).toHaveLength(8);
    chmodSync(signed, 0o644);

    const csv = harness.answerSave('deliberation.csv')!;
    await page.getByRole('button', { name: 'CSV — results and decisions', exact: true }).click();
    await expect.poll(() => existsSync(csv)).toBe(true);
    expect(readFileSync(csv, 'utf8')).toContain('Fibre Commune');

    await page.getByRole('button', { name: 'Printable report (PDF)' }).click();
    const report = harness.answerSave('report.pdf')!;
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await expect.poll(() => existsSync(report)).toBe(true);
    expect(readFileSync(report).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

test.describe('staff on the desktop, in English', () => {
  test.use({ appLocale: 'en-GB' });

  test('a staff key made by main signs the bundle, which saves in pieces where staff choose, or nowhere when they cancel', async ({
    desktop,
  }) => {
    const { page, harness } = desktop;
    await page.getByRole('button', { name: 'Prepare a call' }).click();
    await page.getByLabel('Team or organisation name').fill('Cap Inclusion');
    await page.getByRole('button', { name: 'Make the staff key' }).click();
    await expect(page.getByRole('heading', { name: /^Staff key: / })).toBeVisible();
    expect(readFileSync(harness.staffKeyPath, 'utf8')).toContain('"name":"Cap Inclusion"');
    // Backed up by main, at any time: ssh-keygen opens the backup, and it is the key that signs below.
    await page.getByLabel('Passphrase (at least 12 characters)').fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    const backup = harness.answerSave('cap-inclusion-staff-key-backup')!;
    await page.getByRole('button', { name: 'Save a backup…' }).click();
    await expect(page.getByText('Backup saved.')).toBeVisible();
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const backedUp = execFileSync('ssh-keygen', ['-y', '-P', PASSPHRASE, '-f', backup]).toString();
    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    await chooseDemoApplications(page);
    await openTab(page, 'Sign and publish');
    harness.answerSave(null);
    await page.getByRole('button', { name: /^Sign and export/ }).click();
    await expect(page.getByRole('button', { name: /^Sign and export/ })).toBeEnabled();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const bundle = harness.answerSave('call.jurybundle')!;
    await page.getByRole('button', { name: /^Sign and export/ }).click();
    await expect.poll(() => existsSync(bundle), { timeout: 30_000 }).toBe(true);
    const run = await cli(['verify', bundle]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Cap Inclusion');
    const fingerprint = execFileSync('ssh-keygen', ['-lf', '-'], { input: backedUp }).toString().split(' ')[1]!;
    expect(run.stdout).toContain(fingerprint);
  });
});

test.afterAll('every channel of the IPC contract was called through the wire harness', () => {
  // The streamed save's cancel runs only when a piece fails on disk: its own tests hold it (bridge, main).
  const untested = Object.keys(IPC).filter((channel) => channel !== 'file:save-cancel' && !calledChannels.has(channel));
  expect(untested).toEqual([]);
});
