import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { temporaryDirectory } from '../../support/ssh-keygen';
import { repack } from '../../support/zip-surgery';
import { sampleBundle, sampleKeys, sampleScoreFile } from '../../support/fixtures';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
const BUNDLE = join(DEMO, 'demo.jurybundle');
const SCORES = readdirSync(join(DEMO, 'scores')).map((name) => join(DEMO, 'scores', name));

describe('jurydesk merge', () => {
  it('prints a ranking of the demo call with every file accepted', async () => {
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^accepted /gm)).toHaveLength(5);
    for (const path of SCORES) expect(run.stdout).toContain(`accepted   ${path.split('/').pop()}: `);
    expect(run.stdout).toContain('Used 5 of 5 score files.');
    expect(run.stdout).toContain('no key in the roster: check this fingerprint with the juror');
    expect(run.stdout).toMatch(/^1 +Fibre Commune +5 /m);
    expect(run.stdout).toContain('Selected places: 8.');
  });

  it('prints the whole report in French, with French numbers and names, when the system is French', async () => {
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES], 'fr');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^accepté /gm)).toHaveLength(5);
    expect(run.stdout).toContain('Fichiers de notes utilisés\u202f: 5 sur 5.');
    expect(run.stdout).toContain(
      'Méthode\u202f: le modèle de biais (recommandée\u202f: les jurés ont noté des candidatures différentes, et elle corrige l’indulgence de chacun).',
    );
    expect(run.stdout).toMatch(
      /^rang +candidature +n +moyenne +médiane +é\.-t\. +calibré +rang 90\u202f% +retenue +alertes$/m,
    );
    expect(run.stdout).toMatch(/^1 +Fibre Commune +5 +88,8 +87,5 +9,3 +88,8 +1 +100\u202f% *$/m);
    expect(run.stdout).toMatch(
      /^6 +Les Connectés du Quartier +4 +64,1 +65,6 +15,6 +66,9 +4–9 +88\u202f% +près de la limite, trop proche pour trancher$/m,
    );
    expect(run.stdout).toContain('près de la limite (rang 7, 8 places retenues)');
    expect(run.stdout).toContain('À discuter, dans cet ordre\u202f:');
    // Eight places, never nine names: the two level at the eighth are named apart.
    const chosen = /Places retenues\u202f: 8\. Avec la méthode choisie\u202f: (.+)\./.exec(run.stdout)![1]!;
    expect(chosen.split(/, | et /)).toHaveLength(7);
    expect(run.stdout).toContain(
      'À égalité pour la dernière place, que la règle de départage de l’appel ou un tirage au sort tranchera\u202f: Braille & Pixels et Senior Visio.',
    );
    expect(run.stdout).toContain('  sans Julien Moreau\u202f: −Braille & Pixels');
    expect(run.stdout).toContain('  avec la moyenne\u202f: −Les Connectés du Quartier');
    // Nothing left in English: none of the English report's own words appear.
    for (const word of ['accepted', 'Used', 'rank', 'flags', 'near', 'discuss', 'Selected', 'without', 'with the'])
      expect(run.stdout, word).not.toContain(word);
    const english = await cli(['merge', '--bundle', BUNDLE, ...SCORES], 'en');
    expect(english.stdout).toMatch(/^1 +Fibre Commune +5 +88\.8 +87\.5 +9\.3 +88\.8 +1 +100% *$/m);
    expect(english.stdout).toContain('  without Julien Moreau: −Braille & Pixels');
    expect(english.stdout).toContain('  with the mean: −Les Connectés du Quartier');
  });

  it('shares the demo’s 8 places among the resamples, however the applications level at the cut-off', async () => {
    for (const method of ['mean', 'median', 'trimmed-mean']) {
      const { results } = JSON.parse(
        (await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json', '--method', method])).stdout,
      ) as {
        results: { selectedProbability: number }[];
      };
      const sum = results.reduce((total, result) => total + result.selectedProbability, 0);
      expect(sum, method).toBeCloseTo(8, 3);
    }
    const { tiedAtCutoff } = JSON.parse((await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json'])).stdout) as {
      tiedAtCutoff: unknown;
    };
    expect(tiedAtCutoff).toEqual({ applicationIds: ['C2027-007', 'C2027-012'], places: 1 });
  });

  it('gives, with --json, results in the shape of a deliberation plus the merge report', async () => {
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json']);
    const output = JSON.parse(run.stdout) as {
      results: Array<Record<string, unknown>>;
      merge: { accepted: unknown[]; refused: unknown[] };
      method: unknown;
      uncertainty: unknown;
    };
    // Two jurors recused themselves: the jurors did not all score the same applications.
    expect(output.method).toEqual({ aggregate: 'mean', normalization: 'bias-model' });
    expect(output.uncertainty).toEqual({ resamples: 1000, seed: 20261202 });
    expect(output.merge.accepted).toHaveLength(5);
    expect(output.results).toHaveLength(12);
    expect(Object.keys(output.results[0]!).sort()).toEqual([
      'applicationId',
      'calibrated',
      'criteria',
      'flags',
      'max',
      'mean',
      'median',
      'min',
      'n',
      'rank',
      'rankInterval',
      'sd',
      'selectedProbability',
    ]);
    expect(output.results.find((result) => result.applicationId === 'C2027-010')).toMatchObject({
      rank: 1,
      rankInterval: { low: 1, high: 1 },
      selectedProbability: 1,
    });
  });

  it('exits 1 naming a refused file and its reason, and still ranks the others', async () => {
    const directory = temporaryDirectory();
    const tampered = join(directory, 'tampered.juryscores');
    const blob = await repack(new Blob([readFileSync(SCORES[0]!)]), (inputs) =>
      inputs.map((input) =>
        input.name === 'scores.json'
          ? {
              ...input,
              data: new TextEncoder().encode(
                new TextDecoder().decode(input.data as Uint8Array).replace('"innovation":4', '"innovation":5'),
              ),
            }
          : input,
      ),
    );
    writeFileSync(tampered, new Uint8Array(await blob.arrayBuffer()));
    const copy = join(directory, 'copy.juryscores');
    copyFileSync(SCORES[1]!, copy);
    const run = await cli(['merge', '--bundle', BUNDLE, tampered, copy]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^refused {4}tampered\.juryscores: The signature does not match the document/m);
    expect(run.stdout.match(/^accepted /gm)).toHaveLength(1);
    expect(run.stdout).toContain('Used 1 of 2 score files; the others are left out above, each with its reason.');
  });

  it('with no file usable, lists the refusals and analyses no selection', async () => {
    const directory = temporaryDirectory();
    const bad = join(directory, 'bad.juryscores');
    writeFileSync(bad, 'not a zip');
    const run = await cli(['merge', '--bundle', BUNDLE, bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^refused {4}bad\.juryscores: This is not a Jurydesk file/);
    expect(run.stdout).not.toContain('Selected places');
  });

  it('ranks by the method asked for, --z-score being --normalization z-score, and says it was chosen', async () => {
    const json = async (...options: string[]) =>
      JSON.parse((await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json', ...options])).stdout) as {
        method: unknown;
        results: Array<{ applicationId: string; rank: number; calibrated?: number }>;
      };
    expect((await json('--normalization', 'none')).method).toEqual({ aggregate: 'mean', normalization: 'none' });
    expect((await json('--method', 'median')).method).toEqual({ aggregate: 'median', normalization: 'none' });
    const alias = await json('--z-score');
    expect(alias.method).toEqual({ aggregate: 'mean', normalization: 'z-score' });
    expect(alias).toEqual(await json('--normalization', 'z-score'));
    // Under the plain mean, an application a lenient juror recused themselves from falls out of the places.
    const plain = await json('--normalization', 'none');
    expect(plain.results.find((result) => result.applicationId === 'C2027-004')!.rank).toBeGreaterThan(8);
    expect(plain.results.every((result) => result.calibrated === undefined)).toBe(true);
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--normalization', 'none']);
    expect(run.stdout).toContain('Method: the mean (as chosen).');
    expect(run.stdout).toMatch(/^rank +application +n +mean +median +sd +90% rank +selected +flags$/m);
  });

  it('draws the same intervals from the same seed and others from another', async () => {
    const probabilities = async (...options: string[]) =>
      (
        JSON.parse((await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json', ...options])).stdout) as {
          results: Array<{ selectedProbability: number }>;
        }
      ).results.map((result) => result.selectedProbability);
    const seeded = await probabilities('--seed', '7', '--resamples', '200');
    expect(await probabilities('--seed', '7', '--resamples', '200')).toEqual(seeded);
    expect(await probabilities('--seed', '8', '--resamples', '200')).not.toEqual(seeded);
  });

  it('refuses method options outside their values, with exit code 2', async () => {
    for (const [options, message] of [
      [['--normalization', 'quantile'], '--normalization is none, z-score or bias-model.'],
      [
        ['--z-score', '--normalization', 'none'],
        '--z-score and another --normalization disagree: give only one of them.',
      ],
      [['--resamples', '0'], '--resamples is a whole number from 1 to 100,000.'],
      [['--resamples', '1e3'], '--resamples is a whole number from 1 to 100,000.'],
      [['--seed', '-1'], '--seed is a whole number from 0 to 4,294,967,295.'],
      [['--seed', '4294967296'], '--seed is a whole number from 0 to 4,294,967,295.'],
    ] as const) {
      const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES, ...options]);
      expect(run.code, options.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
  });

  it('refuses options it does not know instead of ignoring them', async () => {
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--normalisation', 'z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: merge has no option “--normalisation” (see jurydesk merge --help).\n');
    expect(run.stdout).toBe('');
  });

  it('with --strict, sets aside jurors whose key the roster does not give', async () => {
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--strict']);
    expect(run.stdout.match(/^unconfirmed /gm)).toHaveLength(2);
    expect(run.stdout.match(/^accepted /gm)).toHaveLength(3);
  });
});

describe('jurydesk merge on a jury that falls apart', () => {
  it('warns of groups of jurors that share no application under every method, not only the bias model', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const directory = temporaryDirectory();
    const bundlePath = join(directory, 'call.jurybundle');
    writeFileSync(bundlePath, new Uint8Array(await bundle.blob.arrayBuffer()));
    const only = (applicationId: string) => [
      { applicationId, status: 'complete' as const, scores: { impact: 7, team: 4 }, updatedAt: '2026-11-03T17:00:00Z' },
    ];
    const paths = [];
    for (const [juror, signer, applicationId] of [
      [{ id: 'chair', name: 'Chloé Chair' }, keys.chair, 'alpha'],
      [{ id: 'ana', name: 'Ana' }, keys.ana, 'beta'],
    ] as const) {
      const { blob } = await sampleScoreFile(bundle, signer, juror, { evaluations: only(applicationId) });
      const path = join(directory, `${juror.id}.juryscores`);
      writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
      paths.push(path);
    }
    for (const normalization of ['none', 'z-score', 'bias-model']) {
      const run = await cli(['merge', '--bundle', bundlePath, ...paths, '--normalization', normalization]);
      expect(run.stdout, normalization).toContain(
        'Warning: the jurors fall into 2 groups that share no application; the scores compare only within a group:',
      );
      expect(run.stdout).toContain('  group 1: 1 application, scored by Chloé Chair');
      expect(run.stdout).toContain('one juror alone scored it: its interval shows no doubt it cannot measure');
    }
  });
});
