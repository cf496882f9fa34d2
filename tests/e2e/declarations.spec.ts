import { readFileSync, writeFileSync } from 'node:fs';
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
  staffDeskWithDemoKey,
  manifestOf,
} from './staff-support';
import { createIdentity, dumpIndexedDb, openBundle } from './support';

/** Nadia Haddad's own laptop (the roster gives her no key), with version 0 open and her place in the jury chosen. */
async function nadiaWithVersionZero(browser: Browser, app: App, bundle: string, fingerprint: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const juror = await context.newPage();
  watchPage(juror, app.problems);
  await juror.goto('/');
  await createIdentity(juror, 'Nadia Haddad', 'en');
  await openBundle(juror, bundle, 'en');
  await expect(juror.getByRole('dialog')).toContainText(fingerprint);
  await juror.getByRole('button', { name: 'The fingerprints match: open the call' }).click();
  await expect(juror.getByRole('heading', { name: 'Your declaration of interests' })).toBeVisible();
  await expect(juror.getByText('Say who you are in this jury first')).toBeVisible();
  await juror.getByRole('button', { name: 'I am Nadia Haddad' }).click();
  return juror;
}

test.describe('declarations of interests before the draw', () => {
  test.use({ appLocale: 'en-GB' });

  test('staff sign version 0, a juror declares on it, the interest becomes a conflict the draw respects, and version 1 follows on her laptop', async ({
    app,
    browser,
  }, testInfo) => {
    test.setTimeout(150_000);
    const { page } = app;
    const fingerprint = await staffDeskWithDemoKey(page);
    await chooseFile(page, 'Open a call description…', DEMO_CALL);
    await chooseDemoApplications(page);
    await openTab(page, 'Conflicts and assignments');
    const zero = await download(
      page,
      testInfo,
      page.getByRole('button', { name: 'Sign version 0 for declarations…' }),
      'v0.jurybundle',
    );
    expect(zero.suggested).toBe('cap-inclusion-2027-demo-v0-interests.jurybundle');
    await expect(page.getByText(/^Version 0 saved as /)).toBeVisible();
    const v0 = await manifestOf(zero.path);
    expect(v0.manifest.sequence).toBe(0);
    expect(v0.attachments).toEqual([]);
    expect(
      v0.manifest.applications.every((application) =>
        Object.keys(application).every((key) => ['id', 'name', 'summary'].includes(key)),
      ),
    ).toBe(true);
    expect(v0.manifest.conflicts).toBeUndefined();
    const verified = await cli(['verify', zero.path]);
    expect(verified.stdout).toContain('version 0');
    expect(verified.stdout).toContain('names and summaries only');

    // The juror's side: the names and summaries, no grid, no attachment; an interest ticked, its reason typed.
    const juror = await nadiaWithVersionZero(browser, app, zero.path, fingerprint);
    await expect(juror.getByText('No interest declared: exporting now tells staff you have none.')).toBeVisible();
    await juror.getByLabel('Find an application').fill('éclo');
    await expect(juror.getByRole('checkbox')).toHaveCount(1);
    await juror.getByRole('checkbox', { name: 'I have an interest in Éclo' }).check();
    await juror.getByLabel('Why (optional, staff read it)').fill('Ma sœur y travaille.');
    await expect(juror.getByText('1 interest declared')).toBeVisible();
    await juror.getByLabel('Find an application').fill('');
    await juror.screenshot({ path: `${SCREENSHOTS}/en-declaration-juror.png`, fullPage: true });
    const declared = await download(
      juror,
      testInfo,
      juror.getByRole('button', { name: 'Sign and export my declaration' }),
      'nadia.jurydeclaration',
    );
    expect(declared.suggested).toBe('cap-inclusion-2027-demo-Nadia-Haddad-interests-r1.jurydeclaration');
    await expect(juror.getByRole('button', { name: 'Sign and export my declaration' })).toBeFocused();
    await expect(juror.getByText(/^Revision 1 saved as /)).toBeVisible();
    // The same panel in French, as most jurors read it.
    await juror.getByLabel('Language').selectOption('fr');
    await expect(juror.getByRole('heading', { name: 'Votre déclaration d’intérêts' })).toBeVisible();
    await expect(juror.getByText('1 intérêt déclaré')).toBeVisible();
    await expect(juror.getByText(/^Révision 1 enregistrée sous /)).toBeVisible();
    await juror.screenshot({ path: `${SCREENSHOTS}/fr-declaration-juror.png`, fullPage: true });
    await juror.getByLabel('Langue').selectOption('en');
    const checked = await cli(['verify', declared.path]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('Valid declaration of interests');
    expect(checked.stdout).toMatch(/interests\s+C2027-\d{3} \(“Ma sœur y travaille\.”\)/);

    // A tampered declaration is refused in one sentence, and the desk's conflicts stay as they were.
    const bytes = readFileSync(declared.path);
    const tampered = testInfo.outputPath('tampered.jurydeclaration');
    writeFileSync(tampered, Buffer.from(bytes.toString('latin1').replace('travaille', 'trabaille'), 'latin1'));
    await chooseFile(page, 'Drop declarations of interests (.jurydeclaration)', tampered);
    await expect(page.locator('.receipts .field-error')).toContainText('tampered.jurydeclaration:');
    expect(JSON.stringify((await dumpIndexedDb(page)).staffCalls)).not.toContain('Ma sœur');

    await chooseFile(page, 'Drop declarations of interests (.jurydeclaration)', declared.path);
    await expect(page.getByText('Nadia Haddad, revision 1: 1 interest declared.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Declarations received' })).toContainText('Éclo');
    await expect(page.getByText('Nadia Haddad — Éclo — Ma sœur y travaille. (declared by the juror)')).toBeVisible();
    await expect(
      page.getByText(/^Not declared yet: Claire Martin, Karim Benali, Sophie Lefèvre and Julien Moreau\.$/),
    ).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/en-declarations-staff.png`, fullPage: true });
    await page.getByLabel('Language').selectOption('fr');
    await expect(page.getByRole('table', { name: 'Déclarations reçues' })).toContainText('Éclo');
    await expect(
      page.getByText(/^Pas encore déclaré\u202f: Claire Martin, Karim Benali, Sophie Lefèvre et Julien Moreau\.$/),
    ).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/fr-declarations-staff.png`, fullPage: true });
    await page.getByLabel('Langue').selectOption('en');

    // The draw never gives Nadia what she declared.
    await page.getByRole('radio', { name: 'Each application by a few jurors' }).check();
    await page.getByLabel('Jurors per application', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Éclo to Nadia Haddad' })).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: 'Éclo to Nadia Haddad' })).not.toBeChecked();
    const one = await signAndExport(page, testInfo, 'v1.jurybundle');
    const v1 = await manifestOf(one.path);
    expect(v1.manifest.sequence).toBe(1);
    expect(v1.manifest.previousManifestSha256).toBe(v0.manifestSha256);
    const eclo = v1.manifest.applications.find((application) => application.name === 'Éclo')!.id;
    expect(v1.manifest.conflicts).toContainEqual({
      jurorId: 'nadia-haddad',
      applicationId: eclo,
      reason: 'Ma sœur y travaille.',
    });
    expect(v1.manifest.assignments?.find((entry) => entry.jurorId === 'nadia-haddad')?.applicationIds).not.toContain(
      eclo,
    );

    // Meanwhile Nadia ticked another interest and did not send it. On her laptop version 1 takes version 0's place:
    // she scores now, and is asked to send what she ticked, as a declaration on version 1.
    await juror.getByRole('checkbox', { name: 'I have an interest in Fibre Commune' }).check();
    await openBundle(juror, one.path, 'en');
    await expect(juror.getByRole('heading', { name: 'Your score file' })).toBeVisible();
    await expect(juror.getByText(/^You ticked interests on version 0 of the call and never sent them/)).toBeVisible();
    const second = await download(
      juror,
      testInfo,
      juror.getByRole('button', { name: 'Sign and export my declaration' }),
      'nadia-r2.jurydeclaration',
    );
    expect(second.suggested).toMatch(/-interests-r2\.jurydeclaration$/);
    const onOne = await cli(['verify', second.path, '--bundle', one.path]);
    expect(onOne.code, onOne.stderr).toBe(0);
    expect(onOne.stdout).toContain('bundle version 1');
    await expect(juror.getByRole('heading', { name: 'Your declaration of interests' })).toHaveCount(0);
  });
});
