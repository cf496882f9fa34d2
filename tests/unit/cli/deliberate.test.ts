import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { verifyDeliberation } from '@core/verify';
import { verifyBundle } from '@core/documents/bundle';
import { cli } from '../../support/cli';
import { temporaryDirectory } from '../../support/ssh-keygen';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
const BUNDLE = join(DEMO, 'demo.jurybundle');
const SCORES = readdirSync(join(DEMO, 'scores')).map((name) => join(DEMO, 'scores', name));
const CHAIR_KEY = join(DEMO, 'keys', 'demo-claire-martin');
const ALLOWED_SIGNERS = join(DEMO, 'allowed_signers');
const ROOT = join(DEMO, '..', '..');

const DECISIONS = [
  ['applicationId', 'outcome', 'rationale'],
  ['C2027-010', 'cohorte-1', '=HYPERLINK("http://evil.example","clic")'],
  ['C2027-003', 'cohorte-1', 'Modèle solide, impact mesuré.'],
  ['C2027-008', 'cohorte-1', '+33 bénéficiaires par mois'],
  ['C2027-001', 'cohorte-1', '@présidente : à suivre'],
  ['C2027-006', 'cohorte-2', '-ancrage rural fort'],
  ['C2027-002', 'cohorte-2', 'Innovation forte, modèle à consolider.'],
  ['C2027-007', 'liste-attente', 'Désaccord du jury sur l’impact; à revoir.'],
  ['C2027-009', 'non-retenu', 'Trop jeune pour cette promotion.'],
];

function csv(rows: string[][]): string {
  return Papa.unparse(rows, { newline: '\r\n' });
}

async function deliberate(directory: string, rows: string[][] = DECISIONS) {
  writeFileSync(join(directory, 'decisions.csv'), csv(rows));
  writeFileSync(join(directory, 'minutes.txt'), 'Séance du 20 novembre 2026, à Lille.');
  const out = join(directory, 'final.jurydelib');
  const run = await cli([
    'deliberate',
    '--bundle',
    BUNDLE,
    ...SCORES.flatMap((path) => ['--scores', path]),
    '--decisions',
    join(directory, 'decisions.csv'),
    '--key',
    CHAIR_KEY,
    '--out',
    out,
    '--minutes',
    join(directory, 'minutes.txt'),
  ]);
  return { run, out };
}

interface Forgeable {
  results: Array<{ applicationId: string; mean: number; selectedProbability: number }>;
}

/** The deliberation unzipped in `directory`/d, changed, signed again with the chair's own key, and verified. */
async function resignedAndVerified(directory: string, document: Forgeable, allowed: string) {
  writeFileSync(join(directory, 'd', 'deliberation.json'), JSON.stringify(document));
  // ssh-keygen signs only with a key file nobody else may read.
  writeFileSync(join(directory, 'chair.key'), readFileSync(CHAIR_KEY), { mode: 0o600 });
  execFileSync(
    'bash',
    [
      '-c',
      `cd d && rm -f deliberation.json.sig && ssh-keygen -q -Y sign -f ../chair.key -n jurydesk-deliberation-v1 deliberation.json && rm -f ../forged.jurydelib && zip -q -X -0 ../forged.jurydelib mimetype && zip -q -X -0 ../forged.jurydelib deliberation.json deliberation.json.sig inputs/*`,
    ],
    { cwd: directory },
  );
  return cli(['verify', join(directory, 'forged.jurydelib'), '--bundle', BUNDLE, '--allowed-signers', allowed]);
}

describe('jurydesk deliberate and export', () => {
  it('signs a deliberation naming every score file by hash, with the merge’s results, that ssh-keygen verifies', async () => {
    const directory = temporaryDirectory();
    const { run, out } = await deliberate(directory);
    // The demo's roster gives no key for two jurors (the chair among them): their fingerprints are for the chair to check.
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^Warning: the roster gives claire-martin no key; claire-martin\.juryscores was signed by SHA256:\S+: check this fingerprint with the juror\.$/,
      ),
      expect.stringMatching(
        /^Warning: the roster gives nadia-haddad no key; nadia-haddad\.juryscores was signed by SHA256:/,
      ),
    ]);
    expect(run.stdout).toContain('Used 5 score files:');
    for (const path of SCORES) expect(run.stdout).toContain(`  ${path.split('/').pop()}: `);
    const bundle = await verifyBundle(new Blob([readFileSync(BUNDLE)]));
    if (!bundle.ok) throw new Error('bundle');
    const verified = await verifyDeliberation(new Blob([readFileSync(out)]), { bundle: bundle.value });
    if (!verified.ok) throw new Error(verified.error.code);
    const { deliberation } = verified.value;
    expect(deliberation.inputs.map((input) => input.jurorId)).toEqual([
      'claire-martin',
      'julien-moreau',
      'karim-benali',
      'nadia-haddad',
      'sophie-lefevre',
    ]);
    const hashes = SCORES.map((path) => execFileSync('sha256sum', [path]).toString().split(' ')[0]).sort();
    expect(deliberation.inputs.map((input) => input.sha256).sort()).toEqual(hashes);
    const merged = JSON.parse((await cli(['merge', '--bundle', BUNDLE, ...SCORES, '--json'])).stdout) as {
      results: unknown;
    };
    expect(deliberation.results).toEqual(merged.results);
    expect(deliberation.minutes).toBe('Séance du 20 novembre 2026, à Lille.');

    writeFileSync(join(directory, 'allowed_signers'), `claire-martin ${readFileSync(`${CHAIR_KEY}.pub`, 'utf8')}`);
    const output = execFileSync(
      'bash',
      [
        '-c',
        `unzip -q ${out} -d d && ssh-keygen -Y verify -f allowed_signers -I claire-martin -n jurydesk-deliberation-v1 -s d/deliberation.json.sig < d/deliberation.json`,
      ],
      { cwd: directory },
    ).toString();
    expect(output).toContain('Good "jurydesk-deliberation-v1" signature for claire-martin');
  });

  it('carries its score files: staff re-run the merge from the deliberation alone, and verify refuses results altered and re-signed with the chair’s key', async () => {
    const directory = temporaryDirectory();
    const { out } = await deliberate(directory);
    execFileSync('unzip', ['-q', out, '-d', 'd'], { cwd: directory });
    const held = readdirSync(join(directory, 'd', 'inputs'));
    expect(held).toHaveLength(5);
    // What the README tells staff to do: the merge from the files inside gives the deliberation's results.
    const fromInside = JSON.parse(
      (await cli(['merge', '--bundle', BUNDLE, '--json', ...held.map((name) => join(directory, 'd', 'inputs', name))]))
        .stdout,
    ) as { results: Array<{ applicationId: string; mean: number }> };
    const document = JSON.parse(readFileSync(join(directory, 'd', 'deliberation.json'), 'utf8')) as Forgeable;
    expect(fromInside.results).toEqual(document.results);

    const allowed = join(directory, 'allowed');
    writeFileSync(allowed, `claire-martin ${readFileSync(`${CHAIR_KEY}.pub`, 'utf8')}`);
    const accepted = await cli(['verify', out, '--bundle', BUNDLE, '--allowed-signers', allowed]);
    expect(accepted.stdout).toContain('results     recomputed from the 5 score files it holds: identical');
    expect(accepted.stdout).toContain(
      'intervals   rank intervals drawn again (1,000 resamples, seed 20261202): identical',
    );

    // The chair's own key signs figures the inputs do not give: a favourite's mean raised by two points.
    const favourite = document.results.find((result) => result.applicationId === 'C2027-007')!;
    const honestMean = favourite.mean;
    favourite.mean = Math.round((favourite.mean + 2) * 10000) / 10000;
    const forged = await resignedAndVerified(directory, document, allowed);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toBe(
      `Error: The deliberation’s results are not those of the score files it holds: for “Braille & Pixels”, mean is ${favourite.mean} where the bias model over its score files gives ${fromInside.results.find((result) => result.applicationId === 'C2027-007')!.mean}. Do not use it; ask the chair to sign it again from the desk.\n`,
    );
    // Without the bundle the figures cannot be re-run, and verify says so rather than vouching for them.
    const alone = await cli(['verify', join(directory, 'forged.jurydelib'), '--allowed-signers', allowed]);
    expect(alone.stdout).toContain('results     not recomputed: give --bundle');
    expect(alone.stdout).toContain(
      'intervals   rank intervals from 1,000 resamples, seed 20261202: not drawn again without --bundle',
    );

    // Nor can the chair make a favourite look safer than the resamples say.
    favourite.mean = honestMean;
    const honestProbability = favourite.selectedProbability;
    favourite.selectedProbability = 0.99;
    const surer = await resignedAndVerified(directory, document, allowed);
    expect(surer.code).toBe(1);
    expect(surer.stderr).toBe(
      `Error: The deliberation’s results are not those of the score files it holds: for “Braille & Pixels”, the probability of being selected is 0.99 where the bias model over its score files gives ${honestProbability}. Do not use it; ask the chair to sign it again from the desk.\n`,
    );
  });

  it('refuses a fifth application in a cohort of four, saying which is full', async () => {
    const { run } = await deliberate(temporaryDirectory(), [...DECISIONS, ['C2027-012', 'cohorte-1', 'Une de trop.']]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Error: The outcome “Cohort 1” has 5 applications for 4 places. Move some to another outcome.\n',
    );
  });

  it('names the row of an unknown outcome', async () => {
    const { run } = await deliberate(temporaryDirectory(), [...DECISIONS.slice(0, 3), ['C2027-004', 'cohorte-9', 'x']]);
    expect(run.stderr).toMatch(/^Error: Row 4, column “outcome”: “cohorte-9” is not an outcome of this bundle/);
  });

  it('exports CSV, Excel-France CSV and XLSX that read back to the same rows, with formulas neutralised', async () => {
    const directory = temporaryDirectory();
    const { out } = await deliberate(directory);
    for (const format of ['csv', 'csv-fr', 'xlsx'] as const) {
      const run = await cli([
        'export',
        out,
        '--bundle',
        BUNDLE,
        '--allowed-signers',
        ALLOWED_SIGNERS,
        '--format',
        format,
        '--out',
        join(directory, `export.${format}`),
        '--language',
        'fr',
      ]);
      expect(run.stderr).toBe('');
    }
    const plain = Papa.parse<string[]>(readFileSync(join(directory, 'export.csv'), 'utf8'), {
      skipEmptyLines: true,
    }).data;
    const frenchText = readFileSync(join(directory, 'export.csv-fr'), 'utf8');
    expect(frenchText.startsWith('\uFEFF')).toBe(true);
    const french = Papa.parse<string[]>(frenchText.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(directory, 'export.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const xlsx: string[][] = [];
    sheet.eachRow((row) =>
      xlsx.push(
        Array.from((row.values as unknown[]).slice(1), (value) =>
          value === null || value === undefined ? '' : String(value),
        ),
      ),
    );

    expect(plain[0]!.slice(0, 5)).toEqual(['Rang', 'Identifiant', 'Candidature', 'Issue', 'Motivation']);
    expect(plain).toHaveLength(13);
    expect(french.map((row) => row.slice(0, 5))).toEqual(plain.map((row) => row.slice(0, 5)));
    expect(xlsx.map((row) => row.slice(0, 5))).toEqual(plain.map((row) => row.slice(0, 5)));
    expect(french[1]![6]).toBe(plain[1]![6]!.replace('.', ','));
    for (const rows of [plain, french, xlsx]) {
      const rationales = rows.map((row) => row[4]);
      expect(rationales).toContain('\'=HYPERLINK("http://evil.example","clic")');
      expect(rationales).toContain("'+33 bénéficiaires par mois");
      expect(rationales).toContain("'@présidente : à suivre");
      expect(rationales).toContain("'-ancrage rural fort");
      expect(rationales.some((text) => /^[=+\-@]/.test(text ?? ''))).toBe(false);
    }
    const formulas: unknown[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address)),
    );
    expect(formulas).toEqual([]);
  });

  it('takes every score file after one --scores, as a shell glob gives them, and names each one it used', async () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'decisions.csv'), csv(DECISIONS));
    const out = join(directory, 'glob.jurydelib');
    // Through a real shell and the real command, as the README shows it.
    const printed = execFileSync(
      'bash',
      [
        '-c',
        `npm run -s cli -- deliberate --bundle ${BUNDLE} --scores ${join(DEMO, 'scores')}/*.juryscores --decisions ${join(directory, 'decisions.csv')} --key ${CHAIR_KEY} --out ${out} 2>/dev/null`,
      ],
      { cwd: ROOT, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } },
    ).toString();
    expect(printed).toContain('Used 5 score files:');
    const verified = await verifyDeliberation(new Blob([readFileSync(out)]));
    if (!verified.ok) throw new Error(verified.error.code);
    expect(verified.value.deliberation.inputs).toHaveLength(5);

    const mixed = await cli([
      'deliberate',
      '--bundle',
      BUNDLE,
      '--scores',
      SCORES[0]!,
      SCORES[1]!,
      '--scores',
      SCORES[2]!,
      '--decisions',
      join(directory, 'decisions.csv'),
      '--scores',
      SCORES[3]!,
      SCORES[4]!,
      '--key',
      CHAIR_KEY,
      '--out',
      join(directory, 'mixed.jurydelib'),
    ]);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('Used 5 score files:');
  });

  it.each([
    [
      ['--scorez', 'a.juryscores'],
      /^Error: deliberate has no option “--scorez” \(see jurydesk deliberate --help\)\.\n$/,
    ],
    [
      ['stray.juryscores'],
      /^Error: deliberate takes no argument besides its options, yet was given “stray\.juryscores” \(see jurydesk deliberate --help\)\.\n$/,
    ],
    [['--key', 'other.key'], /^Error: The option --key is given twice/],
    [['--minutes'], /^Error: The option --minutes needs a value/],
  ])('refuses what it would not use: %s', async (extra, message) => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'decisions.csv'), csv(DECISIONS));
    const out = join(directory, 'refused.jurydelib');
    const run = await cli([
      'deliberate',
      ...extra,
      '--bundle',
      BUNDLE,
      '--decisions',
      join(directory, 'decisions.csv'),
      '--key',
      CHAIR_KEY,
      '--out',
      out,
      '--scores',
      ...SCORES,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('a deliberation is trusted only when its signer is pinned to the chair', () => {
  it('one signed by a key the roster does not give is refused by verify, with the fingerprint and how to confirm it', async () => {
    const directory = temporaryDirectory();
    const { out } = await deliberate(directory);
    const chairFingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${CHAIR_KEY}.pub`])
      .toString()
      .split(' ')[1];
    for (const args of [
      ['verify', out, '--bundle', BUNDLE],
      ['verify', out],
    ]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `Error: The deliberation’s signature is sound, but its key ${chairFingerprint} is not one the bundle gives for the chair (Claire Martin), and you have not confirmed it. Check this fingerprint with the chair by another channel before trusting it; better, ask staff to put the chair’s key in the roster. Once checked, give it in --allowed-signers (a line “claire-martin namespaces="jurydesk-deliberation-v1" ssh-ed25519 …”).\n`,
      );
    }
    const french = await cli(['verify', out, '--bundle', BUNDLE], 'fr');
    expect(french.stderr).toContain(`La signature de la délibération est valide, mais sa clé ${chairFingerprint}`);

    const confirmed = await cli(['verify', out, '--bundle', BUNDLE, '--allowed-signers', ALLOWED_SIGNERS]);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain(
      'signed by   Claire Martin (chair claire-martin, a key the allowed signers give)',
    );

    const refusedExport = await cli([
      'export',
      out,
      '--bundle',
      BUNDLE,
      '--format',
      'csv',
      '--out',
      join(directory, 'x.csv'),
    ]);
    expect(refusedExport.code).toBe(1);
    expect(refusedExport.stderr).toContain(chairFingerprint);
    expect(() => readFileSync(join(directory, 'x.csv'))).toThrow();
  });

  it('a key the allowed signers give to someone else, or for another namespace, does not pin the chair', async () => {
    const directory = temporaryDirectory();
    const { out } = await deliberate(directory);
    const chairLine = readFileSync(`${CHAIR_KEY}.pub`, 'utf8').trim();
    for (const line of [
      `karim-benali namespaces="jurydesk-deliberation-v1" ${chairLine}`,
      `claire-martin namespaces="jurydesk-scores-v1" ${chairLine}`,
      `claire-*,!claire-martin ${chairLine}`,
    ]) {
      writeFileSync(join(directory, 'allowed_signers'), `${line}\n`);
      const run = await cli([
        'verify',
        out,
        '--bundle',
        BUNDLE,
        '--allowed-signers',
        join(directory, 'allowed_signers'),
      ]);
      expect(run.code, line).toBe(1);
    }
    writeFileSync(join(directory, 'allowed_signers'), `claire-* namespaces="jurydesk-deliberation-v1" ${chairLine}\n`);
    expect(
      (await cli(['verify', out, '--bundle', BUNDLE, '--allowed-signers', join(directory, 'allowed_signers')])).code,
    ).toBe(0);
  });
});

describe('verify settles who signed before drawing anything again', () => {
  it('a deliberation re-signed with figures of its own by a key nobody confirmed is refused for its key, not its figures', async () => {
    const directory = temporaryDirectory();
    const { out } = await deliberate(directory);
    execFileSync('unzip', ['-q', out, '-d', 'd'], { cwd: directory });
    const document = JSON.parse(readFileSync(join(directory, 'd', 'deliberation.json'), 'utf8')) as Forgeable;
    document.results[0]!.mean = 99;
    await resignedAndVerified(directory, document, ALLOWED_SIGNERS);
    // Staff have not confirmed the chair's key, and the roster gives none.
    const run = await cli(['verify', join(directory, 'forged.jurydelib'), '--bundle', BUNDLE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('you have not confirmed it');
    expect(run.stderr).not.toContain('results are not those');
  });
});
