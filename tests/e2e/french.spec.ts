import { join } from 'node:path';
import { ROOT, SCREENSHOTS, expect, test } from './fixtures';
import { ENGLISH_ONLY, englishOn } from './english-words';
import { createIdentity, axeViolations, typeKeys } from './support';

test.describe('the app in French', () => {
  test.use({ appLocale: 'fr-FR' });

  test('the juror’s and the chair’s screens hold no English word, and write numbers with decimal commas', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    expect(ENGLISH_ONLY.length).toBeGreaterThan(200);
    await createIdentity(page, 'Claire Martin', 'fr');
    await page.getByRole('button', { name: 'Ouvrir l’appel de démonstration' }).click();
    await page.getByRole('button', { name: 'Je suis Claire Martin' }).click();
    expect(await englishOn(page), 'the call').toEqual([]);

    await page.getByRole('link', { name: /Éclo/ }).click();
    await expect(page.getByRole('group', { name: /Caractère innovant/ })).toBeVisible();
    await typeKeys(page, '2 3 1 2');
    await expect(page.getByText(/^Tout est enregistré/)).toBeVisible();
    await expect(page.locator('.total')).toHaveText(/\d+,\d/);
    expect(await englishOn(page), 'an application').toEqual([]);
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Éclo' })).toContainText(/\d+,\d/);

    await page.getByRole('button', { name: 'Table de la présidence' }).click();
    await page
      .getByLabel('Importer des fichiers de notes…', { exact: true })
      .setInputFiles(
        ['julien-moreau', 'karim-benali', 'sophie-lefevre'].map((juror) =>
          join(ROOT, 'resources', 'demo', 'scores', `${juror}.juryscores`),
        ),
      );
    await expect(page.getByText('3 fichiers reçus')).toBeVisible();
    expect(await englishOn(page), 'receiving').toEqual([]);
    for (const view of ['Discuter', 'Classement', 'Décider', 'Signer et transmettre', 'Calibrage']) {
      await page.getByRole('tab', { name: view }).click();
      await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
      expect(await englishOn(page), view).toEqual([]);
      // Figures as a French reader writes them: a decimal comma, never a point between digits.
      expect((await page.locator('main').innerText()).match(/\d\.\d/g), view).toBeNull();
      await page.screenshot({
        path: join(SCREENSHOTS, `chair-${view.split(' ')[0]!.toLowerCase()}-fr.png`),
        fullPage: true,
      });
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Classement' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'chair-ranking-fr.png'), fullPage: true });
  });
});
