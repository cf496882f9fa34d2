import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { DEMO_SCORES, expect } from './fixtures';

/** axe-core's violations of any impact on the page as it is now, dialogs included (ids and where, for readable failures). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * The whole IndexedDB database of the app, read with the raw API (not through the app's code), with
 * Blobs replaced by their size and SHA-256: two dumps are equal only if nothing stored changed.
 */
export async function dumpIndexedDb(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const hex = (buffer: ArrayBuffer) =>
      [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const normalize = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob)
        return { blob: value.size, sha256: hex(await crypto.subtle.digest('SHA-256', await value.arrayBuffer())) };
      if (value instanceof Uint8Array) return { bytes: hex(value.buffer as ArrayBuffer) };
      if (Array.isArray(value)) return Promise.all(value.map(normalize));
      if (value && typeof value === 'object' && !(value instanceof CryptoKey)) {
        const entries = await Promise.all(
          Object.entries(value).map(async ([key, inner]) => [key, await normalize(inner)] as const),
        );
        return Object.fromEntries(entries);
      }
      return value instanceof CryptoKey ? { cryptoKey: value.type } : value;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jurydesk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, string[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      dump[name] = await Promise.all(rows.map(async (row) => JSON.stringify(await normalize(row))));
    }
    db.close();
    return dump;
  });
}

export async function writeTemporary(
  testInfo: TestInfo,
  name: string,
  data: Blob | Uint8Array | string,
): Promise<string> {
  const path = testInfo.outputPath(name);
  writeFileSync(path, data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data);
  return path;
}

/** Requests that left the app's own origin (none should: the app works offline). */
export function outsideRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
}

export async function createIdentity(page: Page, name: string, language: 'fr' | 'en'): Promise<void> {
  await page.getByLabel(language === 'fr' ? 'Votre nom' : 'Your name').fill(name);
  await page
    .getByRole('button', { name: language === 'fr' ? 'Créer ma clé et continuer' : 'Create my key and continue' })
    .click();
  await expect(page.getByRole('heading', { name: language === 'fr' ? 'Vos appels' : 'Your calls' })).toBeVisible();
}

export async function openBundle(page: Page, path: string, language: 'fr' | 'en'): Promise<void> {
  await page
    .getByLabel(language === 'fr' ? 'Ouvrir un dossier d’appel…' : 'Open a call bundle…', { exact: true })
    .last()
    .setInputFiles(path);
}

export async function chairDesk(page: Page) {
  await createIdentity(page, 'Claire Martin', 'en');
  await page.getByRole('button', { name: 'Open the demo call' }).click();
  await page.getByRole('button', { name: 'I am Claire Martin' }).click();
  await page.getByRole('button', { name: 'Chair’s desk' }).click();
  await expect(page.getByRole('heading', { name: /^Chair’s desk/ })).toBeVisible();
}

export async function importFiles(page: Page, paths: string[]) {
  await page.getByLabel('Import score files…', { exact: true }).setInputFiles(paths);
}

export async function importAndConfirmDemo(page: Page) {
  await importFiles(page, DEMO_SCORES);
  await expect(page.getByText('5 files received')).toBeVisible();
  await confirmEveryJurorKey(page);
}

/** Confirms each juror key awaiting confirmation, one at a time (each confirmation re-renders the list), in either language. */
export async function confirmEveryJurorKey(page: Page) {
  const confirm = page.getByRole('button', { name: /^(Confirm|Confirmer) SHA256:/ });
  for (let remaining = await confirm.count(); remaining > 0; remaining--) {
    await confirm.first().click();
    await expect(confirm).toHaveCount(remaining - 1);
  }
}

export async function demoAsNadia(page: Page) {
  await createIdentity(page, 'Nadia Haddad', 'en');
  await page.getByRole('button', { name: 'Open the demo call' }).click();
  await page.getByRole('button', { name: 'I am Nadia Haddad' }).click();
  await expect(page.getByText('You are Nadia Haddad, juror of this jury.')).toBeVisible();
}

/** Keys pressed one after another, as a juror types them: `'4 3 Shift+C'`. */
export async function typeKeys(page: Page, keys: string) {
  for (const key of keys.split(' ')) await page.keyboard.press(key);
}

export async function waitSaved(page: Page) {
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
}

/** The juror's “Export my score file”, the download kept under the test's output as `name`. */
export async function exportScores(page: Page, testInfo: TestInfo, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my score file' }).click();
  const file = await download;
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}
