import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sha256Hex } from '@core/crypto';
import { createBundle } from '@core/documents/bundle';
import { verifyScoreFile } from '@core/documents/scorefile';
import { cli } from '../support/cli';
import { sampleBundle, sampleKeys, sampleManifest } from '../support/fixtures';
import { BASE_URL } from '../../playwright.config';
import { SCREENSHOTS, expect, test, watchPage } from './fixtures';
import { killableBrowsers } from './killable-browser';
import {
  createIdentity,
  demoAsNadia,
  dumpIndexedDb,
  exportScores,
  openBundle,
  axeViolations,
  typeKeys,
  waitSaved,
  writeTemporary,
} from './support';

const PASSPHRASE = 'correct horse battery staple';
/** The demo call's applications, in the bundle's order. */
const DEMO_NAMES = [
  'Clic’Solidaire',
  'Parole Numérique',
  'ReBoot Ordis',
  'Les Connectés du Quartier',
  'AidantsConnect+',
  'Tiers-Lieu Le Fil',
  'Braille & Pixels',
  'Mobilité Clé',
  'Éclo',
  'Fibre Commune',
  'Lire l’Écran',
  'Senior Visio',
];

function named(name: string): RegExp {
  return new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Scores `count` applications from the `from`-th on with the same digits, moving on with N, as a juror does. */
async function scoreInOrder(page: Page, from: number, count: number, digits: string) {
  await page.getByRole('link', { name: named(DEMO_NAMES[from]!) }).click();
  for (let index = from; index < from + count; index++) {
    await expect(page.getByRole('heading', { name: named(DEMO_NAMES[index]!) })).toBeVisible();
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    await typeKeys(page, digits);
    await waitSaved(page);
    if (index < from + count - 1) await typeKeys(page, 'n');
  }
  await page.getByRole('button', { name: 'Back to the list' }).click();
}

async function restoreScoresFrom(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore my evaluations from a score file…' }).click();
  await (await chooser).setFiles(path);
}

test.describe('a juror’s laptop', () => {
  test.use({ appLocale: 'en-GB' });

  test('moving to a new laptop: the key backup and the last score file bring everything back, and revision 2 is the one the merge takes', async ({
    app,
    browser,
  }, testInfo) => {
    const { page } = app;
    await demoAsNadia(page);
    await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    await typeKeys(page, 'c');
    await expect(page.getByRole('textbox', { name: 'Overall comment' })).toBeFocused();
    await page.keyboard.type('Ancrage local solide.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await scoreInOrder(page, 0, 6, '4 3 5 2');
    await expect(page.getByText('6 of 12 scored')).toBeVisible();
    const first = await exportScores(page, testInfo, 'first.juryscores');
    expect(first.suggested).toMatch(/-r1\.juryscores$/);

    await page.getByRole('link', { name: 'My key' }).click();
    const publicKey = (await page.locator('.public-key').textContent())!.trim();
    await page.getByLabel('Passphrase (at least 12 characters)').fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup…' }).click();
    const backupPath = testInfo.outputPath('key-backup');
    await (await download).saveAs(backupPath);
    await expect(page.getByText('Backup saved.')).toBeVisible();
    chmodSync(backupPath, 0o600);
    const opened = execFileSync('ssh-keygen', ['-y', '-P', PASSPHRASE, '-f', backupPath]).toString();
    expect(opened.split(' ').slice(0, 2)).toEqual(publicKey.split(' ').slice(0, 2));

    // The new laptop: another browser profile, nothing in it.
    const context = await browser.newContext({ locale: 'en-GB' });
    context.on('page', (opened) => watchPage(opened, app.problems));
    const laptop = await context.newPage();
    await laptop.goto(BASE_URL);
    await laptop.getByText('I already have a key').click();
    await laptop.getByLabel('Key backup file').setInputFiles(backupPath);
    await laptop.getByLabel('The backup’s passphrase').fill('not the passphrase');
    await laptop.getByRole('button', { name: 'Restore my key' }).click();
    await expect(laptop.getByRole('alert')).toContainText('The passphrase does not open this key.');
    expect(await axeViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: join(SCREENSHOTS, 'restore-key-en.png'), fullPage: true });
    await laptop.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
    await laptop.getByRole('button', { name: 'Restore my key' }).click();
    await expect(laptop.getByRole('heading', { name: 'Your calls' })).toBeVisible();

    await laptop.getByRole('button', { name: 'Open the demo call' }).click();
    await expect(laptop.getByRole('heading', { name: 'Who are you in this jury?' })).toBeVisible();
    // The roster gives Nadia no key: a laptop says who it is before a file in her name can make it her.
    const unchosen = await dumpIndexedDb(laptop);
    await restoreScoresFrom(laptop, first.path);
    await expect(laptop.getByRole('alert')).toHaveText(
      'This file is in the name of Nadia Haddad, for whom the roster gives no key: choose who you are in this jury first (“I am …”), then restore your score file.',
    );
    expect(await dumpIndexedDb(laptop)).toEqual(unchosen);
    await laptop.getByRole('button', { name: 'I am Nadia Haddad' }).click();
    await restoreScoresFrom(laptop, first.path);
    await expect(
      laptop.getByText('6 evaluations restored from revision 1; your next export will be revision 2.'),
    ).toBeVisible();
    await expect(laptop.getByText('You are Nadia Haddad, juror of this jury.')).toBeVisible();
    await expect(laptop.getByText('6 of 12 scored')).toBeVisible();
    await expect(laptop.getByText(/^Last export: revision 1,/)).toBeVisible();
    expect(await axeViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: join(SCREENSHOTS, 'restore-scores-en.png'), fullPage: true });

    // The same file again: refused in one sentence, nothing stored changes.
    const before = await dumpIndexedDb(laptop);
    await restoreScoresFrom(laptop, first.path);
    await expect(laptop.getByRole('alert')).toHaveText(
      'This score file is revision 1, and this computer already exported revision 1: your evaluations here are as recent. Nothing was changed.',
    );
    expect(await dumpIndexedDb(laptop)).toEqual(before);

    await laptop.getByRole('link', { name: /Clic’Solidaire/ }).click();
    await expect(laptop.getByRole('textbox', { name: 'Overall comment' })).toHaveValue('Ancrage local solide.');
    await laptop.getByRole('button', { name: 'Back to the list' }).click();
    await scoreInOrder(laptop, 6, 6, '3 3 3 3');
    await expect(laptop.getByText('12 of 12 scored')).toBeVisible();
    const second = await exportScores(laptop, testInfo, 'second.juryscores');
    expect(second.suggested).toMatch(/-r2\.juryscores$/);
    await context.close();

    const verified = await verifyScoreFile(new Blob([readFileSync(second.path)]));
    if (!verified.ok) throw new Error(verified.error.code);
    expect(verified.value.scoreFile.revision).toBe(2);
    expect(verified.value.scoreFile.evaluations).toHaveLength(12);
    expect(verified.value.scoreFile.evaluations[0]).toMatchObject({
      applicationId: 'C2027-001',
      scores: { innovation: 4, viabilite: 3, beneficiaires: 5, essaimage: 2 },
      comment: 'Ancrage local solide.',
    });

    // What the chair types, both files from the juror's folder: revision 2 counts, revision 1 is set aside.
    const merged = await cli([
      'merge',
      '--bundle',
      join('resources', 'demo', 'demo.jurybundle'),
      first.path,
      second.path,
    ]);
    expect(merged.stdout).toContain('accepted   second.juryscores: nadia-haddad, revision 2');
    expect(merged.stdout).toContain('ignored    first.juryscores: revision 1 of nadia-haddad, revision 2 is newer');
  });

  test('a save the storage refuses keeps the value, says why and is saved once the storage accepts; a failed export says so', async ({
    app,
  }) => {
    const { page } = app;
    await demoAsNadia(page);
    await page.getByRole('link', { name: /Clic’Solidaire/ }).click();
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    // Chromium offers no way here to shrink an origin's quota (CDP's Storage.overrideQuotaForOrigin has no effect on
    // IndexedDB writes), so the storage refuses writes the way a full disk does: QuotaExceededError from put().
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      Object.assign(window, { allowWrites: () => (IDBObjectStore.prototype.put = put) });
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await typeKeys(page, '4');
    await expect(page.getByText('Not saved yet — trying again')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      'There is no space left to save on this computer. Export your score file now, then free some disk space.',
    );
    const innovation = page.getByRole('group', { name: /Innovative character/ });
    await expect(innovation.getByRole('radio', { name: /^4/ })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'save-failed-en.png') });

    await page.evaluate(() => (window as unknown as { allowWrites: () => void }).allowWrites());
    await expect(page.getByText(/^All changes saved/)).toBeVisible({ timeout: 10_000 });
    await page.reload();
    await expect(
      page.getByRole('group', { name: /Innovative character/ }).getByRole('radio', { name: /^4/ }),
    ).toBeChecked();

    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.evaluate(() => {
      const sign = crypto.subtle.sign.bind(crypto.subtle);
      Object.assign(window, { allowSigning: () => (crypto.subtle.sign = sign) });
      crypto.subtle.sign = () => Promise.reject(new Error('the key store is locked'));
    });
    await page.getByRole('button', { name: 'Export my score file' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The score file could not be made: Something went wrong that Jurydesk did not expect. Try again; if it happens again, export your score file and restart the app.',
    );
    await expect(page.getByText('Not exported yet.')).toBeVisible();
    await page.evaluate(() => (window as unknown as { allowSigning: () => void }).allowSigning());
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my score file' }).click();
    expect((await download).suggestedFilename()).toMatch(/-r1\.juryscores$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('un ordinateur de juré, en français', () => {
  test.use({ appLocale: 'fr-FR' });

  test('le rappel de conservation au lancement, l’avertissement avant de fermer, les réponses et tout effacer', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    const keys = await sampleKeys();
    await page.getByText('J’ai déjà une clé').click();
    await expect(page.getByLabel('Fichier de sauvegarde de la clé')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'restore-key-fr.png'), fullPage: true });
    await createIdentity(page, 'Bruno', 'fr');
    const applications = (await sampleManifest(keys)).applications.map((application) =>
      application.id === 'gamma'
        ? { ...application, answers: [{ question: 'Plan', answer: 'Étape 1 : étude.\nÉtape 2 : pilote.' }] }
        : application,
    );
    const bundle = await sampleBundle(keys, { retention: { deleteAfter: '2026-01-31' }, applications });
    await openBundle(page, await writeTemporary(testInfo, 'call.jurybundle', bundle.blob), 'fr');
    await page.getByRole('dialog').getByRole('button', { name: 'Les empreintes concordent : ouvrir l’appel' }).click();
    await page.getByRole('button', { name: 'Je suis Bruno' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restaurer mes évaluations depuis un fichier de notes…' }).click();
    await (await chooser).setFiles(await writeTemporary(testInfo, 'notes.juryscores', new Blob(['pas un zip'])));
    await expect(page.getByRole('alert')).toHaveText(
      'Ce n’est pas un fichier Jurydesk : ce n’est pas un conteneur zip lisible. Vérifiez que vous avez choisi le bon fichier, ou redemandez-le à son expéditeur.',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'restore-scores-fr.png'), fullPage: true });

    const reminder = page.getByRole('region', {
      name: 'Les données personnelles d’un appel doivent maintenant être effacées',
    });
    await expect(reminder).toContainText('« Appel de test » : à effacer après le');
    await page.getByRole('button', { name: 'Me le rappeler la prochaine fois' }).click();
    await expect(reminder).toBeHidden();
    await page.reload();
    await expect(reminder).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'retention-fr.png'), fullPage: true });

    await page.getByRole('link', { name: /Gamma/ }).click();
    await expect(page.locator('.answer__text')).toHaveJSProperty('innerText', 'Étape 1 : étude.\nÉtape 2 : pilote.');
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await page.getByRole('link', { name: /Alpha/ }).click();
    await expect(page.getByRole('group', { name: /Impact/ })).toBeVisible();
    await typeKeys(page, '4');
    await expect(page.getByText(/^Tout est enregistré/)).toBeVisible();

    // Leaving with a change in no exported file: the browser asks first (Chromium asks when the page is navigated away;
    // neither Playwright's page.close nor reload runs the question here). The juror leaves anyway: what was saved is still there.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    // The question is armed once the change is known to be in no exported file, a moment after it is saved.
    await expect
      .poll(() => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))))
      .toBe(true);
    const address = page.url();
    await page.goto(`${BASE_URL}/?again`);
    expect(asked).toEqual(['beforeunload']);
    // The change is still in no exported file, so this page asks again on leaving; Chromium only lets a page that
    // had a gesture ask (else it logs the refusal as an error), so the juror clicks once, as anyone would.
    await page.getByRole('heading', { name: 'Vos appels' }).click();
    await page.goto(address);
    await expect(
      page.getByRole('group', { name: /Impact/ }).getByRole('radio', { name: '4', exact: true }),
    ).toBeChecked();

    await page.getByRole('link', { name: 'Ma clé' }).click();
    await page.getByRole('button', { name: 'Tout effacer sur cet ordinateur…' }).click();
    const erase = page.getByRole('dialog', { name: 'Tout effacer sur cet ordinateur ?' });
    await expect(erase).toContainText('Des évaluations de ces appels ne figurent dans aucun fichier de notes exporté');
    // The key was made before the reloads above: a browser can no longer write it out, and says so.
    await expect(erase).toContainText('elle ne peut plus être sauvegardée');
    await expect(erase.getByRole('button', { name: 'Tout effacer' })).toBeDisabled();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'erase-everything-fr.png') });
    await erase.getByRole('checkbox', { name: /Je comprends/ }).check();
    await erase.getByRole('button', { name: 'Tout effacer' }).click();
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Jurydesk' })).toBeVisible();
    const dump = await dumpIndexedDb(page);
    expect(Object.keys(dump).length).toBeGreaterThan(10);
    expect(Object.entries(dump).filter(([, rows]) => rows.length > 0)).toEqual([]);
  });
});

/** What a raw read of the database finds of a call: its version, and its attachments' count and bytes. */
async function storedCall(page: Page, callId: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ sequence: number | null; attachments: number; bytes: number }>((resolve, reject) => {
        const request = indexedDB.open('jurydesk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(['calls', 'attachments'], 'readonly');
          const call = transaction.objectStore('calls').get(id);
          const attachments = transaction.objectStore('attachments').getAll();
          transaction.oncomplete = () => {
            const mine = (attachments.result as Array<{ callId: string; blob: Blob }>).filter(
              (attachment) => attachment.callId === id,
            );
            resolve({
              sequence: (call.result as { sequence: number } | undefined)?.sequence ?? null,
              attachments: mine.length,
              bytes: mine.reduce((sum, attachment) => sum + attachment.blob.size, 0),
            });
            request.result.close();
          };
        };
      }),
    callId,
  );
}

// Only the browser build can be killed like a power cut (see killable-browser.ts).
if (process.env.JURYDESK_E2E_TARGET !== 'electron') {
  test('an import killed half-way leaves the call as it was, or whole at its new version, and the evaluations intact', async ({
    baseURL: _unused,
  }, testInfo) => {
    test.setTimeout(240_000);
    const keys = await sampleKeys();
    const ANNEX = 64 * 1024 * 1024;
    const annexes = await Promise.all(
      [1, 2, 3, 4].map(async (index) => {
        const data = new Uint8Array(ANNEX).fill(index);
        return {
          attachment: {
            path: `files/alpha/annex-${index}.bin`,
            name: `Annex ${index}.bin`,
            mediaType: 'application/octet-stream',
            size: data.length,
            sha256: await sha256Hex(data),
          },
          data,
        };
      }),
    );
    const large = async (sequence: number) => {
      const manifest = await sampleManifest(keys, { sequence });
      const applications = manifest.applications.map((application) =>
        application.id === 'alpha'
          ? { ...application, attachments: annexes.map(({ attachment }) => attachment) }
          : { ...application, attachments: [] },
      );
      const { blob } = await createBundle({ ...manifest, applications }, annexes, keys.staff);
      return writeTemporary(testInfo, `large-v${sequence}.jurybundle`, blob);
    };
    const [first, second] = [await large(1), await large(2)];
    const whole = { attachments: 4, bytes: 4 * ANNEX };

    const browsers = await killableBrowsers();
    try {
      // A first import killed while it is being stored: afterwards, no call, or the call whole.
      let running = await browsers.launch();
      let page = await running.context.newPage();
      await page.goto(BASE_URL);
      await createIdentity(page, 'Bruno', 'en');
      await openBundle(page, first, 'en');
      await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
      await running.kill();

      running = await browsers.launch();
      page = await running.context.newPage();
      await page.goto(BASE_URL);
      await expect(page.getByRole('heading', { name: 'Your calls' })).toBeVisible();
      const afterFirst = await storedCall(page, 'call-test');
      // Which of the two whole states the kill left, for the report: both are right, a mix never is.
      testInfo.annotations.push({ type: 'first import killed', description: `version ${afterFirst.sequence}` });
      if (afterFirst.sequence === null) {
        expect(afterFirst).toEqual({ sequence: null, attachments: 0, bytes: 0 });
        await openBundle(page, first, 'en');
        await page.getByRole('dialog').getByRole('button', { name: 'The fingerprints match: open the call' }).click();
      } else {
        expect(afterFirst).toEqual({ sequence: 1, ...whole });
        await page.getByRole('button', { name: 'Open Test call' }).click();
      }
      await page.getByRole('button', { name: 'I am Bruno' }).click();
      await page.getByRole('link', { name: /Alpha/ }).click();
      await expect(page.getByRole('group', { name: /Impact/ })).toBeVisible();
      await typeKeys(page, '4');
      await waitSaved(page);

      // Version 2 killed once it is checked, while it replaces version 1: version 1 or 2, whole, the score kept.
      await page.getByRole('link', { name: 'Calls' }).click();
      await openBundle(page, second, 'en');
      await page.locator('progress').waitFor();
      await page.waitForFunction(
        () => {
          const bar = document.querySelector('progress');
          return !bar || bar.value >= bar.max;
        },
        null,
        { polling: 10 },
      );
      await running.kill();

      running = await browsers.launch();
      page = await running.context.newPage();
      await page.goto(`${BASE_URL}/#/call/call-test/application/alpha`);
      await expect(
        page.getByRole('group', { name: /Impact/ }).getByRole('radio', { name: '4', exact: true }),
      ).toBeChecked();
      const afterSecond = await storedCall(page, 'call-test');
      testInfo.annotations.push({ type: 'update killed', description: `version ${afterSecond.sequence}` });
      expect([1, 2]).toContain(afterSecond.sequence);
      expect(afterSecond).toMatchObject(whole);
      await running.context.close();
    } finally {
      browsers.dispose();
    }
  });
}
