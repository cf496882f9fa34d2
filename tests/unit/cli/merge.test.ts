import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { temporaryDirectory } from '../../support/ssh-keygen';
import { repack } from '../../support/zip-surgery';

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
    expect(run.stdout).toMatch(/^rang +candidature +n +moyenne +médiane +é\.-t\. +alertes$/m);
    expect(run.stdout).toMatch(/^1 +Fibre Commune +5 +88,8 +87,5 +9,3 *$/m);
    expect(run.stdout).toContain('près de la limite (rang 7, 8 places retenues)');
    expect(run.stdout).toContain('À discuter, dans cet ordre\u202f:');
    expect(run.stdout).toMatch(/Places retenues\u202f: 8\. Avec la méthode choisie\u202f: .+ et Senior Visio\./);
    expect(run.stdout).toContain('  sans Julien Moreau\u202f: +Les Connectés du Quartier');
    // Nothing left in English: none of the English report's own words appear.
    for (const word of ['accepted', 'Used', 'rank', 'flags', 'near', 'discuss', 'Selected', 'without', 'with the'])
      expect(run.stdout, word).not.toContain(word);
    const english = await cli(['merge', '--bundle', BUNDLE, ...SCORES], 'en');
    expect(english.stdout).toMatch(/^1 +Fibre Commune +5 +88\.8 +87\.5 +9\.3 *$/m);
    expect(english.stdout).toContain('  without Julien Moreau: +Les Connectés du Quartier');
  });

  it('gives, with --json, results in the shape of a deliberation plus the merge report', async () => {
    const run = await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json']);
    const output = JSON.parse(run.stdout) as {
      results: Array<Record<string, unknown>>;
      merge: { accepted: unknown[]; refused: unknown[] };
      method: unknown;
    };
    expect(output.method).toEqual({ aggregate: 'mean', normalization: 'none' });
    expect(output.merge.accepted).toHaveLength(5);
    expect(output.results).toHaveLength(12);
    expect(Object.keys(output.results[0]!).sort()).toEqual([
      'applicationId',
      'criteria',
      'flags',
      'max',
      'mean',
      'median',
      'min',
      'n',
      'rank',
      'sd',
    ]);
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
