import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { verifyBundle } from '@core/documents/bundle';
import { parseAnyPrivateKey } from '@core/crypto/encrypted-key';
import type { ApplicationResult } from '@core/documents/formats/deliberation';
import { createScoreFile } from '@core/documents/scorefile';
import { verifyDeliberation } from '@core/verify';
import { cli } from '../support/cli';
import { sampleBundle, sampleKeys, sampleScoreFile } from '../support/fixtures';
import { repack } from '../support/zip-surgery';
import { DEMO_BUNDLE, DEMO_SCORES as SCORES, ROOT, SCREENSHOTS, expect, test } from './fixtures';
import {
  chairDesk,
  confirmEveryJurorKey,
  createIdentity,
  dumpIndexedDb,
  importAndConfirmDemo,
  importFiles,
  outsideRequests,
  axeViolations,
  writeTemporary,
} from './support';

test.describe('the chair’s desk', () => {
  test.use({ appLocale: 'en-GB' });

  test('the five demo score files, merged, show the same figures as `jurydesk merge --json`', async ({ app }) => {
    const { page } = app;
    await chairDesk(page);
    await importFiles(page, SCORES);
    await expect(page.getByText('The roster gives no key for Nadia Haddad')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chair-panel-en.png'), fullPage: true });
    await confirmEveryJurorKey(page);
    await expect(page.getByRole('row', { name: /^Nadia Haddad Received/ })).toBeVisible();

    await page.getByRole('tab', { name: 'Ranking' }).click();
    await expect(page.getByRole('columnheader', { name: 'Mean' }).first()).toBeVisible();
    const run = await cli(['merge', '--bundle', DEMO_BUNDLE, ...SCORES, '--json']);
    const expected = (JSON.parse(run.stdout) as { results: ApplicationResult[] }).results;
    for (const result of expected) {
      const row = page.locator(`tr[data-application="${result.applicationId}"]`);
      const cells = await row.locator('td, th').allTextContents();
      // rank, name, value, n, mean, median, sd
      expect(cells[1], result.applicationId).toBe(String(result.rank));
      expect(cells[4]).toBe(String(result.n));
      expect(cells[5]).toBe(result.mean!.toFixed(2));
      expect(cells[6]).toBe(result.median!.toFixed(2));
      expect(cells[7]).toBe(result.sd!.toFixed(2));
    }
    // The rank intervals, drawn in a worker from the same seed, are those of the command line.
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    const tooClose: string[] = [];
    for (const result of expected) {
      const row = page.locator(`tr[data-application="${result.applicationId}"]`);
      const cells = await row.locator('td, th').allTextContents();
      const { low, high } = result.rankInterval!;
      expect(cells[8], result.applicationId).toBe(low === high ? String(low) : `${low}–${high}`);
      expect(cells[9]).toBe(`${Math.round(result.selectedProbability! * 100)}%`);
      const spansCutoff = low <= 8 && high > 8;
      await expect(row.getByText('too close to call')).toHaveCount(spansCutoff ? 1 : 0);
      if (spansCutoff) tooClose.push(result.applicationId);
    }
    // Some applications are too close to call, not all: the mark separates the doubtful from the settled.
    expect(tooClose.length).toBeGreaterThan(0);
    expect(tooClose).not.toContain('C2027-010'); // Fibre Commune, first in every resample
    expect(tooClose).not.toContain('C2027-009'); // Éclo, last
    await page.getByText('too close to call').first().focus();
    await expect(page.getByRole('tooltip').filter({ visible: true })).toContainText(/^Chance of a place: \d+%/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chair-ranking-en.png'), fullPage: true });

    await page
      .getByRole('row', { name: /Tiers-Lieu Le Fil/ })
      .getByRole('button', { name: 'Tiers-Lieu Le Fil' })
      .click();
    await expect(page.getByRole('heading', { name: 'Each juror and the panel mean: Tiers-Lieu Le Fil' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Discuss' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'To discuss' })).toBeVisible();
    const tiersLieu = expected.find((result) => result.applicationId === 'C2027-006')!;
    await expect(
      page
        .locator('.discussed p.muted')
        .getByText(
          `Chance of a place: ${Math.round(tiersLieu.selectedProbability! * 100)}%, rank ${tiersLieu.rankInterval!.low}–${tiersLieu.rankInterval!.high} in 90% of resamples`,
          { exact: true },
        ),
    ).toBeVisible();
    // The sensitivity analysis, computed in a worker: Tiers-Lieu Le Fil keeps its place under every scenario but one,
    // where it is level with another for the last place — tied, not selected: never more names than places.
    await expect(
      page
        .locator('.discussed p.muted')
        .getByText('Selected; without Sophie Lefèvre: tied for the last places.', { exact: true }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Receive' }).click();
    await page.getByLabel('Projection mode (jurors shown as A, B, C…)').check();
    await page.getByRole('tab', { name: 'Discuss' }).click();
    // Letters follow the roster, whatever order the files came in.
    await expect(page.locator('.radar__legend').first()).toContainText('Juror A');
    const letters = (await page.locator('.radar__legend').first().textContent())!.match(/Juror [A-Z]/g);
    expect(letters).toEqual([...letters!].sort());
    await page.getByRole('tab', { name: 'Ranking' }).click();
    await page.getByRole('checkbox', { name: 'Tick Fibre Commune' }).check();
    await page.getByRole('checkbox', { name: 'Tick Éclo' }).check();
    await expect(page.getByRole('heading', { name: 'Compare the ticked applications' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Calibration' }).click();
    await expect(page.getByRole('heading', { name: 'Calibration' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chair-radars-en.png'), fullPage: true });
    expect(outsideRequests(app.requests, app.origin)).toEqual([]);
  });

  test.describe('refuses with a sentence, and keeps nothing of,', () => {
    async function refusal(page: Page, testInfo: TestInfo, make: () => Promise<Blob>) {
      await chairDesk(page);
      await importAndConfirmDemo(page);
      const before = await dumpIndexedDb(page);
      await importFiles(page, [await writeTemporary(testInfo, 'hostile.juryscores', await make())]);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('hostile.juryscores');
      expect(await dumpIndexedDb(page)).toEqual(before);
      return alert;
    }

    test('a score file for another bundle', async ({ app }, testInfo) => {
      const alert = await refusal(app.page, testInfo, async () => {
        const keys = await sampleKeys();
        return (await sampleScoreFile(await sampleBundle(keys), keys.ana, { id: 'ana', name: 'Ana' })).blob;
      });
      await expect(alert).toContainText('This score file was made for bundle');
    });

    test('a tampered score file', async ({ app }, testInfo) => {
      const alert = await refusal(app.page, testInfo, () =>
        repack(new Blob([readFileSync(SCORES[0]!)]), (inputs) =>
          inputs.map((input) =>
            input.name === 'scores.json'
              ? {
                  ...input,
                  data: new TextEncoder().encode(
                    new TextDecoder().decode(input.data as Uint8Array).replace('"revision":1', '"revision":9'),
                  ),
                }
              : input,
          ),
        ),
      );
      await expect(alert).toContainText('the file was modified after it was signed');
    });

    test('a juror who is not on the roster', async ({ app }, testInfo) => {
      const alert = await refusal(app.page, testInfo, async () => {
        const bundle = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
        if (!bundle.ok) throw new Error('demo bundle');
        const keys = await sampleKeys();
        return (
          await createScoreFile(
            {
              call: { id: 'cap-inclusion-2027-demo' },
              bundle: { sequence: 1, manifestSha256: bundle.value.manifestSha256 },
              juror: { id: 'zoe-intruse', name: 'Zoé Intruse' },
              revision: 1,
              exportedAt: '2026-11-19T10:00:00Z',
              evaluations: [],
            },
            keys.stranger,
          )
        ).blob;
      });
      await expect(alert).toContainText('comes from “Zoé Intruse (zoe-intruse)”, who is not on the jury roster');
    });
  });

  test('an equivocation: two different files with the same revision are both refused and both shown', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await chairDesk(page);
    await importAndConfirmDemo(page);
    const bundle = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
    if (!bundle.ok) throw new Error('demo bundle');
    const julien = await parseAnyPrivateKey(
      readFileSync(join(ROOT, 'resources', 'demo', 'keys', 'demo-julien-moreau'), 'utf8'),
    );
    const version = async (innovation: number) =>
      (
        await createScoreFile(
          {
            call: { id: 'cap-inclusion-2027-demo' },
            bundle: { sequence: 1, manifestSha256: bundle.value.manifestSha256 },
            juror: { id: 'julien-moreau', name: 'Julien Moreau' },
            revision: 2,
            exportedAt: '2026-11-19T10:00:00Z',
            evaluations: [
              {
                applicationId: 'C2027-001',
                status: 'complete',
                scores: { innovation, viabilite: 3, beneficiaires: 3, essaimage: 3 },
                updatedAt: '2026-11-19T09:00:00Z',
              },
            ],
          },
          julien,
        )
      ).blob;
    await importFiles(page, [
      await writeTemporary(testInfo, 'julien-a.juryscores', await version(2)),
      await writeTemporary(testInfo, 'julien-b.juryscores', await version(5)),
    ]);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Two different files from Julien Moreau carry the same revision 2');
    await expect(alert).toContainText('julien-a.juryscores');
    await expect(alert).toContainText('julien-b.juryscores');
    await expect(page.getByRole('row', { name: /^Julien Moreau Missing/ })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'chair-equivocation-en.png'), fullPage: true });
  });
});

test.describe('the chair’s own evaluations', () => {
  test.use({ appLocale: 'en-GB' });

  test('count like any juror’s once added as a score file', async ({ app }) => {
    const { page } = app;
    await createIdentity(page, 'Claire Martin', 'en');
    await page.getByRole('button', { name: 'Open the demo call' }).click();
    await page.getByRole('button', { name: 'I am Claire Martin' }).click();
    await page.getByRole('link', { name: /Éclo/ }).click();
    await expect(page.getByRole('group', { name: /Innovative character/ })).toBeVisible();
    for (const key of ['2', '2', '1', '2']) await page.keyboard.press(key);
    await expect(page.getByText(/^All changes saved/)).toBeVisible();
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.getByRole('button', { name: 'Chair’s desk' }).click();
    const first = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add my own score file' }).click();
    expect((await first).suggestedFilename()).toBe('cap-inclusion-2027-demo-Claire-Martin-r1.juryscores');
    await expect(page.getByText(/^Your score file, revision 1, was saved as/)).toBeVisible();
    await expect(page.getByRole('row', { name: /^Claire Martin \(chair\) Received 1 1 0 0/ })).toBeVisible();
    // A second click with nothing changed signs nothing new: the same revision is saved again.
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add my own score file' }).click();
    expect((await again).suggestedFilename()).toBe('cap-inclusion-2027-demo-Claire-Martin-r1.juryscores');
    await expect(page.getByText(/^Your evaluations have not changed since revision 1/)).toBeVisible();
    await expect(page.getByText('1 file received')).toBeVisible();
    await page.getByRole('tab', { name: 'Ranking' }).click();
    await expect(page.locator('tr[data-application="C2027-009"] td').nth(3)).toHaveText('1');
  });
});

test.describe('the meeting room', () => {
  test.use({ appLocale: 'en-GB' });

  test('the chair steps through the queue with the keyboard, decides from the discussion view, and the projector follows without juror names', async ({
    app,
  }) => {
    const { page } = app;
    await chairDesk(page);
    await importAndConfirmDemo(page);
    await page.getByRole('tab', { name: 'Discuss' }).click();

    const merged = JSON.parse((await cli(['merge', '--bundle', DEMO_BUNDLE, ...SCORES, '--json'])).stdout) as {
      results: ApplicationResult[];
      toDiscuss: Array<{ applicationId: string }>;
    };
    const bundle = await verifyBundle(new Blob([readFileSync(DEMO_BUNDLE)]));
    if (!bundle.ok) throw new Error('demo bundle');
    const names = new Map(bundle.value.manifest.applications.map((application) => [application.id, application.name]));
    const byRank = [...merged.results].sort((a, b) => a.rank! - b.rank!).map((result) => result.applicationId);
    const queue = [
      ...merged.toDiscuss.map((entry) => entry.applicationId),
      ...byRank.filter((id) => !merged.toDiscuss.some((entry) => entry.applicationId === id)),
    ];
    const title = page.locator('#discussed-title');
    await expect(title).toHaveText(names.get(queue[0]!)!);
    await expect(page.getByRole('navigation', { name: 'Applications, in the order of discussion' })).toBeVisible();
    const flag = page.locator('.discussed .flag').first();
    await flag.focus();
    await expect(flag.getByRole('tooltip')).toBeVisible();
    await expect(flag.getByRole('tooltip')).toContainText('selected places');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chair-discuss-en.png'), fullPage: true });

    const projectorOpened = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Open the projector view' }).click();
    const projector = await projectorOpened;
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText(names.get(queue[0]!)!);
    await expect(projector.locator('.radar__legend').first()).toContainText('Juror A');
    const jurorNames = bundle.value.manifest.jurors.map((juror) => juror.name);
    const shown = (await projector.locator('body').textContent()) ?? '';
    for (const name of jurorNames) expect(shown).not.toContain(name);
    expect(await axeViolations(projector)).toEqual([]);
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-en.png'), fullPage: true });

    const outcomeFor = (id: string) => {
      const rank = byRank.indexOf(id);
      return rank < 4 ? 'Cohort 1' : rank < 8 ? 'Cohort 2' : rank < 10 ? 'Waitlist' : 'Not selected';
    };
    for (const [index, id] of queue.entries()) {
      await expect(title).toHaveText(names.get(id)!);
      await expect(projector.getByRole('heading', { level: 2 })).toHaveText(names.get(id)!);
      await page.keyboard.press('Alt+O');
      const outcome = page.getByLabel(`Outcome of ${names.get(id)}`);
      await expect(outcome).toBeFocused();
      await outcome.selectOption({ label: outcomeFor(id) });
      await page.getByLabel(`Rationale for ${names.get(id)}`).fill(`Discussed ${index + 1}.`);
      await page.keyboard.press('Alt+N');
    }
    await page.keyboard.press('Alt+P');
    await expect(title).toHaveText(names.get(queue.at(-2)!)!);

    await page.getByRole('tab', { name: 'Sign and hand over' }).click();
    await expect(page.locator('.outcome-summary')).toContainText('Cohort 1 (4 / 4)');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sign and export the deliberation', exact: true }).click();
    const signed = await (await download).path();
    const verified = await verifyDeliberation(new Blob([readFileSync(signed)]), { bundle: bundle.value });
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.value.inputs).toHaveLength(5);
    expect(verified.value.deliberation.decisions).toHaveLength(12);
    expect(await axeViolations(page)).toEqual([]);
  });
});
