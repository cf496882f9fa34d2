import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { verifyBundle } from '@core/documents/bundle';
import { ROOT, expect } from './fixtures';

export const DEMO = join(ROOT, 'resources', 'demo');
export const DEMO_CSV = join(DEMO, 'applications.csv');
export const DEMO_FILES = join(DEMO, 'files');
export const DEMO_CALL = join(DEMO, 'call.json');
export const STAFF_KEY = join(DEMO, 'keys', 'demo-staff');
export const publicKeyOf = (name: string) => readFileSync(join(DEMO, 'keys', `demo-${name}.pub`), 'utf8').trim();

/**
 * From the first screen, without a juror's key, to the staff desk with the demo staff key imported; the
 * fingerprint it shows staff, for jurors to compare.
 */
export async function staffDeskWithDemoKey(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Prepare a call' }).click();
  await expect(page.getByRole('heading', { name: 'Staff desk' })).toBeVisible();
  await page.getByLabel('Key file', { exact: true }).setInputFiles(STAFF_KEY);
  await page.getByRole('button', { name: 'Import the key…' }).click();
  await expect(page.getByRole('heading', { name: /^Staff key: / })).toBeVisible();
  return (await page.locator('.fingerprint-large code').textContent()) ?? '';
}

export async function openTab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

export async function chooseFile(page: Page, label: string, path: string | string[]) {
  await page.getByLabel(label, { exact: true }).last().setInputFiles(path);
}

/** The spreadsheet and the folder of attachments, as staff choose them on the Applications tab. */
export async function chooseDemoApplications(page: Page, csv = DEMO_CSV) {
  await openTab(page, 'Applications');
  await chooseFile(page, 'Choose the spreadsheet of applications…', csv);
  await expect(page.getByText(/^First 5 rows of \d+/)).toBeVisible();
  await page.getByLabel('Folder of attachments', { exact: true }).setInputFiles(DEMO_FILES);
  await expect(page.getByText('12 files in the folder')).toBeVisible();
}

/** Clicks a button that saves a file, and keeps the file under `name` in the test's output. */
export async function download(page: Page, testInfo: TestInfo, button: Locator, name: string) {
  const event = page.waitForEvent('download');
  await button.click();
  const file = await event;
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

export async function signAndExport(page: Page, testInfo: TestInfo, name: string, button = /^Sign and export/) {
  await openTab(page, 'Sign and publish');
  return download(page, testInfo, page.getByRole('button', { name: button }), name);
}

/** A bundle a test saved, verified as jurors' laptops verify it; the test fails with the reason if it does not. */
export async function manifestOf(path: string) {
  const verified = await verifyBundle(new Blob([readFileSync(path)]));
  if (!verified.ok) throw new Error(`${path}: ${verified.error.code}`);
  return verified.value;
}
