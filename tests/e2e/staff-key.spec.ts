import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { cli } from '../support/cli';
import { SCREENSHOTS, expect, test, watchPage, type App } from './fixtures';
import {
  DEMO_CALL,
  chooseDemoApplications,
  chooseFile,
  download,
  openTab,
  signAndExport,
  manifestOf,
} from './staff-support';
import { createIdentity, openBundle } from './support';

const PASSPHRASE = 'a staff passphrase kept apart';

/** A juror's own laptop that opened version 1 of the call, having compared the staff key's fingerprint. */
async function jurorWhoOpened(browser: Browser, app: App, bundle: string, fingerprint: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const juror = await context.newPage();
  watchPage(juror, app.problems);
  await juror.goto('/');
  await createIdentity(juror, 'Nadia Haddad', 'en');
  await openBundle(juror, bundle, 'en');
  await expect(juror.getByRole('dialog')).toContainText(fingerprint);
  await juror.getByRole('button', { name: 'The fingerprints match: open the call' }).click();
  await juror.getByRole('button', { name: 'I am Nadia Haddad' }).click();
  return juror;
}

test.describe('the staff key, kept safe', () => {
  test.use({ appLocale: 'en-GB' });

  test('made in one browser and backed up there, it is imported in another, which signs version 2 that a juror holding version 1 accepts', async ({
    app,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.getByRole('button', { name: 'Prepare a call' }).click();
    await page.getByLabel('Team or organisation name').fill('Cap Inclusion');
    await page.getByRole('button', { name: 'Make the staff key' }).click();
    await expect(page.getByRole('heading', { name: /^Staff key: / })).toBeVisible();
    const fingerprint = (await page.locator('.fingerprint-large code').textContent())!;
    await expect(page.getByText(/^In a browser the key is kept so that no page can read it back/)).toBeVisible();
    await page.getByLabel('Passphrase (at least 12 characters)').fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    const backup = await download(page, testInfo, page.getByRole('button', { name: 'Save a backup…' }), 'staff-backup');
    expect(backup.suggested).toBe('Cap-Inclusion-jurydesk-staff-key-backup');
    chmodSync(backup.path, 0o600);
    const opened = execFileSync('ssh-keygen', ['-l', '-f', backup.path, '-P', PASSPHRASE]).toString();
    expect(opened).toContain(fingerprint);

    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    await chooseDemoApplications(page);
    const first = await signAndExport(page, testInfo, 'v1.jurybundle');
    const v1 = await manifestOf(first.path);
    expect(v1.signer.fingerprint).toBe(fingerprint);

    // A juror opens version 1, trusting this key.
    const juror = await jurorWhoOpened(browser, app, first.path, fingerprint);
    const jurorContext = juror.context();

    // Once the session that made it is over, this browser can no longer write the key out: it says so.
    await page.reload();
    await page.getByRole('button', { name: '← Back to the staff desk' }).click();
    await expect(page.getByText(/^In a browser the staff key is kept so that no page can read it back/)).toBeVisible();

    // Another computer: the backup imported with its passphrase, version 1 added, version 2 signed.
    const otherContext = await browser.newContext({ locale: 'en-GB' });
    const other = await otherContext.newPage();
    watchPage(other, app.problems);
    await other.goto('/');
    await other.getByRole('button', { name: 'Prepare a call' }).click();
    await other.getByLabel('Key file', { exact: true }).setInputFiles(backup.path);
    await other.getByRole('button', { name: 'Import the key…' }).click();
    await expect(other.getByRole('alert')).toContainText('passphrase');
    await other.getByLabel('Passphrase of the key file (if it has one)').fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Import the key…' }).click();
    await expect(other.locator('.fingerprint-large code')).toHaveText(fingerprint);
    await chooseFile(other, 'Open a call description…', DEMO_CALL);
    await chooseDemoApplications(other);
    await openTab(other, 'Sign and publish');
    await chooseFile(other, 'Add a signed bundle…', first.path);
    const versions = other.getByRole('table', { name: 'Versions of this call' });
    await expect(versions).toContainText(v1.manifestSha256.slice(0, 12));
    await expect(versions).toContainText(fingerprint);
    await openTab(other, 'Call');
    await other.getByLabel('Title (English)', { exact: true }).fill('Cap Inclusion — 2027 call');
    const second = await signAndExport(other, testInfo, 'v2.jurybundle', /^Sign and export version 2/);
    const v2 = await manifestOf(second.path);
    expect(v2.manifest.sequence).toBe(2);
    expect(v2.manifest.previousManifestSha256).toBe(v1.manifestSha256);
    expect(v2.signer.fingerprint).toBe(fingerprint);

    await juror.getByRole('link', { name: 'Calls' }).click();
    await openBundle(juror, second.path, 'en');
    await expect(juror.getByText('Version 2 replaces version 1; your evaluations are kept.')).toBeVisible();
    await expect(juror.getByRole('heading', { name: 'Cap Inclusion — 2027 call' })).toBeVisible();
    await jurorContext.close();
    await otherContext.close();
  });

  test('a key lost with its laptop: a new key says the call changes hands, and a juror takes version 2 only after comparing its fingerprint', async ({
    app,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    const makeKey = async (desk: Page) => {
      await desk.getByRole('button', { name: 'Prepare a call' }).click();
      await desk.getByLabel('Team or organisation name').fill('Cap Inclusion');
      await desk.getByRole('button', { name: 'Make the staff key' }).click();
      return (await desk.locator('.fingerprint-large code').textContent())!;
    };
    const lost = await makeKey(page);
    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    await chooseDemoApplications(page);
    const first = await signAndExport(page, testInfo, 'v1.jurybundle');

    const juror = await jurorWhoOpened(browser, app, first.path, lost);
    const jurorContext = juror.context();

    // Another computer, a new key: version 1 recorded with the key that signed it; signing is refused until
    // staff say the call changes hands.
    const otherContext = await browser.newContext({ locale: 'en-GB' });
    const other = await otherContext.newPage();
    watchPage(other, app.problems);
    await other.goto('/');
    const fresh = await makeKey(other);
    expect(fresh).not.toBe(lost);
    await chooseFile(other, 'Open a call description…', DEMO_CALL);
    await chooseDemoApplications(other);
    await openTab(other, 'Sign and publish');
    await chooseFile(other, 'Add a signed bundle…', first.path);
    await expect(other.getByRole('table', { name: 'Versions of this call' })).toContainText(lost);
    await expect(other.getByText(/^The staff key is now .* or say below that the call changes hands\.$/)).toBeVisible();
    await expect(other.getByRole('button', { name: /^Sign and export/ })).toBeDisabled();
    await other.getByRole('checkbox', { name: 'This call changes hands: sign version 2 with this key' }).check();
    await other.getByLabel('Why (jurors read it)').fill('The previous key was lost with a laptop.');
    await other.screenshot({ path: join(SCREENSHOTS, 'staff-en-handover.png'), fullPage: true });
    const second = await signAndExport(other, testInfo, 'v2.jurybundle', /^Sign and export version 2/);
    const v2 = await manifestOf(second.path);
    expect(v2.manifest.handover).toEqual({
      previousIssuerPublicKey: (await manifestOf(first.path)).manifest.issuer.publicKey,
      reason: 'The previous key was lost with a laptop.',
    });
    const verified = await cli(['verify', second.path]);
    expect(verified.code, verified.stderr).toBe(0);

    // The juror is asked, shown both fingerprints and the reason; cancelling keeps version 1.
    await juror.getByRole('link', { name: 'Calls' }).click();
    await openBundle(juror, second.path, 'en');
    const dialog = juror.getByRole('dialog', { name: 'This call changes hands: do you trust its new key?' });
    await expect(dialog).toContainText(lost);
    await expect(dialog).toContainText(fresh);
    await expect(dialog).toContainText('Staff give this reason: “The previous key was lost with a laptop.”');
    await juror.screenshot({ path: join(SCREENSHOTS, 'juror-en-handover.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await openBundle(juror, second.path, 'en');
    await juror.getByRole('button', { name: 'The fingerprints match: open the call' }).click();
    await expect(juror.getByText('Version 2 replaces version 1; your evaluations are kept.')).toBeVisible();
    await jurorContext.close();
    await otherContext.close();
  });
});
