import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { HOSTILE_FIXTURES, hostileContext } from '../support/hostile';
import { sampleBundle, sampleKeys } from '../support/fixtures';
import { DEMO_BUNDLE, SCREENSHOTS, expect, test } from './fixtures';
import { createIdentity, dumpIndexedDb, openBundle, outsideRequests, axeViolations, writeTemporary } from './support';

/** A second call beside the demo: "2027 award", opened from the calls page with its issuer confirmed. */
async function openSecondCall(page: Page, testInfo: TestInfo): Promise<void> {
  const keys = await sampleKeys();
  const second = await writeTemporary(
    testInfo,
    'second.jurybundle',
    (await sampleBundle(keys, { call: { id: 'prix-2027', title: { fr: 'Prix 2027', en: '2027 award' } } })).blob,
  );
  await page.getByRole('link', { name: 'Calls' }).click();
  await openBundle(page, second, 'en');
  await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
  await expect(page.getByRole('heading', { name: '2027 award' })).toBeVisible();
}

const DEMO_FINGERPRINT = 'SHA256:fArvGOq8ExynDN4BZf+VlEb0/XRjMUGXhW+1CGyOmDk';

test.describe('first launch in French', () => {
  test.use({ appLocale: 'fr-FR' });

  test('identity, then the demo bundle with its issuer confirmed, then the applications', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Jurydesk' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'welcome-fr.png'), fullPage: true });

    await createIdentity(page, 'Nadia Haddad', 'fr');
    await expect(page.getByText('Aucun appel pour l’instant')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'calls-empty-fr.png'), fullPage: true });

    await openBundle(page, DEMO_BUNDLE, 'fr');
    const dialog = page.getByRole('dialog', { name: 'Faites-vous confiance à l’expéditeur de ce dossier ?' });
    await expect(dialog).toContainText(DEMO_FINGERPRINT);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'confirm-issuer-fr.png') });
    await dialog.getByRole('button', { name: 'Les empreintes concordent : ouvrir l’appel' }).click();

    await expect(page.getByRole('heading', { name: 'Cap Inclusion — Appel 2027 (démonstration)' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'C2027-' })).toHaveCount(12);
    await expect(page.getByText('Clic’Solidaire')).toBeVisible();
    await page.getByRole('button', { name: 'Je suis Nadia Haddad' }).click();
    await expect(page.getByText('Vous êtes Nadia Haddad, juré·e de ce jury.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'call-fr.png'), fullPage: true });

    await page.getByRole('link', { name: 'Ma clé' }).click();
    await expect(page.getByRole('heading', { name: 'Ma clé' })).toBeVisible();
    await expect(page.getByText('ssh-ed25519 AAAA')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'identity-fr.png'), fullPage: true });

    expect(outsideRequests(app.requests, app.origin)).toEqual([]);
  });

  test('straight into the demo call from the first screen', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Essayer l’appel de démonstration' }).click();
    await expect(page.getByRole('heading', { name: 'Cap Inclusion — Appel 2027 (démonstration)' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'C2027-' })).toHaveCount(12);
    await page.getByRole('link', { name: 'Appels' }).click();
    await expect(page.getByText('Démo', { exact: true })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'calls-fr.png'), fullPage: true });
  });
});

test.describe('first launch in English', () => {
  test.use({ appLocale: 'en-US' });

  test('identity, the demo call, and a second call beside it; everything survives a reload', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Welcome to Jurydesk' })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'welcome-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create my key and continue' }).click();
    await expect(page.getByRole('alert')).toHaveText('Write your name to continue.');
    await createIdentity(page, 'Ana Juror', 'en');

    await openBundle(page, DEMO_BUNDLE, 'en');
    await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await expect(page.getByRole('heading', { name: 'Cap Inclusion — 2027 call (demo)' })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'call-en.png'), fullPage: true });

    await openSecondCall(page, testInfo);

    await page.reload();
    await expect(page.getByRole('heading', { name: '2027 award' })).toBeVisible();
    await page.getByRole('link', { name: 'Calls' }).click();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'calls-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'My key' }).click();
    // Made before the reload: a browser, which keeps the key unreadable, can no longer back it up, and says so.
    await expect(page.getByText(/it was made in an earlier session: it can no longer be backed up/)).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'identity-en.png'), fullPage: true });
    await page.getByRole('link', { name: 'Check a file' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'check-en.png'), fullPage: true });
    expect(outsideRequests(app.requests, app.origin)).toEqual([]);
  });
});

test.describe('hostile bundles through the interface', () => {
  test.use({ appLocale: 'en-GB' });

  const cases = [
    {
      name: 'tampered attachment',
      fixture: 'attachment tampered, same size',
      message: 'does not match its signed fingerprint',
    },
    {
      name: 'tampered manifest',
      fixture: 'manifest tampered after signing',
      message: 'the file was modified after it was signed',
    },
    {
      name: 'signed by a key other than the issuer it names',
      fixture: 'signed by a key other than the issuer it names',
      message: 'but its document names key',
    },
    { name: 'not a zip', fixture: 'plain text, not a zip', message: 'This is not a Jurydesk file' },
    { name: 'empty file', fixture: 'empty file', message: 'The file is empty' },
  ];

  for (const { name, fixture, message } of cases) {
    test(`${name}: one sentence, the database untouched`, async ({ app }, testInfo) => {
      const { page } = app;
      await createIdentity(page, 'Ana', 'en');
      await openBundle(page, DEMO_BUNDLE, 'en');
      await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
      await page.getByRole('link', { name: 'Calls' }).click();
      const before = await dumpIndexedDb(page);

      const hostile = HOSTILE_FIXTURES.find((candidate) => candidate.name === fixture)!;
      const path = await writeTemporary(testInfo, 'hostile.jurybundle', await hostile.make(await hostileContext()));
      await openBundle(page, path, 'en');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('This bundle was not opened');
      await expect(alert).toContainText(message);
      expect((await alert.locator('p').last().textContent())!.split(/(?<=\.) /).length).toBeLessThanOrEqual(3);
      expect(await dumpIndexedDb(page)).toEqual(before);
    });
  }

  test('a lower sequence and another issuer for a call already open are refused with the reason', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    const keys = await sampleKeys();
    await createIdentity(page, 'Ana', 'en');
    await openBundle(
      page,
      await writeTemporary(testInfo, 'v3.jurybundle', (await sampleBundle(keys, { sequence: 3 })).blob),
      'en',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await expect(page.getByRole('heading', { name: 'Test call' })).toBeVisible();
    await page.getByRole('link', { name: 'Calls' }).click();
    const before = await dumpIndexedDb(page);

    await openBundle(
      page,
      await writeTemporary(testInfo, 'v2.jurybundle', (await sampleBundle(keys, { sequence: 2 })).blob),
      'en',
    );
    await expect(page.getByRole('alert')).toContainText(
      'This bundle is version 2 of the call “Test call”, but version 3 is already open.',
    );
    expect(await dumpIndexedDb(page)).toEqual(before);
    await page.screenshot({ path: join(SCREENSHOTS, 'refused-en.png'), fullPage: true });

    await openBundle(
      page,
      await writeTemporary(
        testInfo,
        'impostor.jurybundle',
        (await sampleBundle(keys, { sequence: 4 }, keys.stranger)).blob,
      ),
      'en',
    );
    await expect(page.getByRole('alert')).toContainText('is signed by key');
    await expect(page.getByRole('alert')).toContainText('the key of the bundles already opened');
    expect(await dumpIndexedDb(page)).toEqual(before);
  });

  test('a newer version replaces the call and says which applications were withdrawn', async ({ app }, testInfo) => {
    const { page } = app;
    const keys = await sampleKeys();
    await createIdentity(page, 'Ana', 'en');
    await openBundle(page, await writeTemporary(testInfo, 'v1.jurybundle', (await sampleBundle(keys)).blob), 'en');
    await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await page.getByRole('link', { name: 'Calls' }).click();
    const { sampleManifest } = await import('../support/fixtures');
    const applications = (await sampleManifest(keys)).applications.filter((application) => application.id !== 'beta');
    await openBundle(
      page,
      await writeTemporary(testInfo, 'v2.jurybundle', (await sampleBundle(keys, { sequence: 2, applications })).blob),
      'en',
    );
    await expect(page.getByRole('status')).toContainText('Version 2 replaces version 1');
    await expect(page.getByRole('status')).toContainText('Withdrawn in this version: Beta.');
    await expect(page.getByRole('listitem').filter({ hasText: 'alpha' })).toHaveCount(1);
  });
});

test.describe('erasing a call', () => {
  test.use({ appLocale: 'en-GB' });

  test('leaves no trace of it in any store, offers the juror’s score file first, and keeps the other call', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await createIdentity(page, 'Nadia Haddad', 'en');
    await page.getByRole('button', { name: 'Open the demo call' }).click();
    await page.getByRole('button', { name: 'I am Nadia Haddad' }).click();
    await page.getByRole('link', { name: /Fibre Commune/ }).click();
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    for (const key of ['4', '3']) await page.keyboard.press(key);
    await expect(page.getByText(/^All changes saved/)).toBeVisible();

    await openSecondCall(page, testInfo);
    await page.getByRole('link', { name: 'Calls' }).click();
    const before = await dumpIndexedDb(page);
    expect(JSON.stringify(before)).toContain('Fibre Commune');

    await page.getByRole('button', { name: 'Erase “Cap Inclusion — 2027 call (demo)” from this laptop…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase “Cap Inclusion — 2027 call (demo)” from this laptop?' });
    await expect(dialog).toContainText('Some of your evaluations are in no exported score file');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'erase-en.png') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export my score file first' }).click();
    expect((await download).suggestedFilename()).toMatch(/-r1\.juryscores$/);
    await expect(dialog).toContainText('Your score file was saved as');
    await dialog.getByRole('button', { name: 'Erase “Cap Inclusion — 2027 call (demo)”' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'was erased from this laptop' })).toContainText(
      '12 applications, 12 attachments, 1 evaluation and 0 received score files.',
    );

    const after = await dumpIndexedDb(page);
    const everything = JSON.stringify(after);
    for (const trace of ['cap-inclusion-2027-demo', 'Cap Inclusion', 'Fibre Commune', 'C2027-001'])
      expect(everything, trace).not.toContain(trace);
    // Nothing of the demo's attachment bytes either: the dump gives each Blob's SHA-256.
    const demoBlobs = (before.attachments ?? [])
      .filter((row) => row.includes('cap-inclusion-2027-demo'))
      .flatMap((row) => row.match(/"sha256":"[0-9a-f]{64}"/g) ?? []);
    expect(demoBlobs.length).toBeGreaterThan(0);
    for (const hash of demoBlobs) expect(everything).not.toContain(hash);
    expect(after.calls).toHaveLength(1);
    expect(everything).toContain('prix-2027');
    expect(after.identity).toEqual(before.identity);
    await expect(page.getByRole('heading', { name: '2027 award' })).toBeVisible();
  });
});
