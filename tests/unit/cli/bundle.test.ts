import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '@core/documents/bundle';
import { formatPrivateKey, formatPublicKey } from '@core/crypto/keys';
import { cli } from '../../support/cli';
import { testKey } from '../../support/keys';
import { temporaryDirectory } from '../../support/ssh-keygen';

const HEADER = ['ID', 'Name', 'Summary', 'Region', 'Beneficiaries', 'Revenue', 'ESUS', 'Why', 'Deck'];
const ROWS = [
  [
    'A-1',
    'Alpha "the first"',
    'Two lines:\nsecond line; with a semicolon',
    'Bretagne',
    '1 200',
    '12 500,50',
    'oui',
    'Parce que.',
    'deck a.pdf',
  ],
  ['B-2', 'Bêta Solidaire', 'Résumé, avec virgule', 'Île-de-France', '40', '980.5', 'non', '', ''],
];

const CALL = {
  call: { id: 'call-cli', title: { fr: 'Appel CLI', en: 'CLI call' } },
  issuer: { name: 'CLI staff' },
  criteria: [{ id: 'impact', label: 'Impact', weight: 1, scale: { min: 1, max: 5, step: 1 } }],
  jurors: [{ id: 'chair', name: 'Chair', role: 'chair' }],
  outcomes: [{ id: 'in', label: 'In', kind: 'selected', capacity: 1 }],
  columns: {
    id: 'ID',
    name: 'Name',
    summary: 'Summary',
    fields: {
      region: 'Region',
      beneficiaries: { column: 'Beneficiaries', type: 'integer' },
      revenue: { column: 'Revenue', type: 'number' },
      esus: { column: 'ESUS', type: 'boolean' },
    },
    answers: [{ question: 'Why?', column: 'Why' }],
    attachments: ['Deck'],
  },
};

function csv(rows: string[][], delimiter: string, newline: string): string {
  const cell = (value: string) => (/[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(delimiter)).join(newline) + newline;
}

async function workspace(call: object = CALL) {
  const directory = temporaryDirectory();
  const chairKey = formatPublicKey((await testKey('cli-chair')).publicKey);
  call = {
    ...call,
    jurors: (call as typeof CALL).jurors.map((juror) =>
      juror.role === 'chair' && !('publicKey' in juror) ? { ...juror, publicKey: chairKey } : juror,
    ),
  };
  mkdirSync(join(directory, 'files'));
  writeFileSync(join(directory, 'files', 'deck a.pdf'), '%PDF-1.4 deck\n%%EOF\n');
  writeFileSync(join(directory, 'call.json'), JSON.stringify(call));
  const key = await testKey('cli-staff');
  writeFileSync(join(directory, 'staff'), formatPrivateKey(key), { mode: 0o600 });
  return directory;
}

/** Signs the workspace's call into `out`, as typed. */
function bundleTo(directory: string, applications: string, out: string, extra: string[] = []) {
  return cli([
    'bundle',
    '--call',
    join(directory, 'call.json'),
    '--applications',
    join(directory, applications),
    '--files',
    join(directory, 'files'),
    '--key',
    join(directory, 'staff'),
    '--out',
    out,
    ...extra,
  ]);
}

/** Signs the workspace's call into out.jurybundle; a test that signs again replaces it, as staff would, with --force. */
async function bundle(directory: string, applications: string, extra: string[] = []) {
  const out = join(directory, 'out.jurybundle');
  const again = existsSync(out) ? ['--force'] : [];
  const run = await bundleTo(directory, applications, out, [...again, ...extra]);
  return { run, out };
}

async function applicationsOf(path: string) {
  const result = await verifyBundle(new Blob([readFileSync(path)]));
  if (!result.ok) throw new Error(result.error.code);
  return result.value.manifest.applications;
}

describe('where --out writes', () => {
  it('never over a file already there unless --force, never a folder, a device or a link, never in a missing folder', async () => {
    const directory = await workspace();
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const first = await bundle(directory, 'applications.csv');
    const signed = readFileSync(first.out);
    const run = (out: string, extra: string[] = []) => bundleTo(directory, 'applications.csv', out, extra);

    const again = await run(first.out);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `Error: “${first.out}” already exists: choose another name, or add --force to replace it.\n`,
    );
    expect(readFileSync(first.out)).toEqual(signed);
    // --previous naming the same file as --out would replace version 1 by version 2: refused the same way.
    expect((await run(first.out, ['--previous', first.out])).code).toBe(1);
    expect(readFileSync(first.out)).toEqual(signed);
    expect((await run(first.out, ['--force'])).code).toBe(0);

    for (const out of [directory, '/dev/null', join(directory, 'link.jurybundle')]) {
      if (out.endsWith('link.jurybundle')) symlinkSync('/etc/hostname', out);
      const refused = await run(out, ['--force']);
      expect(refused.code, out).toBe(1);
      expect(refused.stderr, out).toBe(
        `Error: “${out}” is a folder, a device or a link, not a file: give --out the path of a file to write.\n`,
      );
    }
    const missing = join(directory, 'no-such-folder', 'call.jurybundle');
    const inMissing = await run(missing);
    expect(inMissing.stderr).toBe(
      `Error: The folder of “${missing}” does not exist: create it, or give --out a path in an existing folder.\n`,
    );
    expect(inMissing.stderr).not.toMatch(/\n\s+at /);
    // No partial file is left behind by any of these.
    expect(readdirSync(directory).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('removes the partial file a killed run left at the same place, never one a running process is writing', async () => {
    const directory = await workspace();
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const out = join(directory, 'call.jurybundle');
    const ended = spawnSync('true').pid;
    const running = spawn('sleep', ['30']);
    try {
      const leftByKill = `call.jurybundle.${ended}.partial`;
      const beingWritten = `call.jurybundle.${running.pid}.partial`;
      const ofAnotherFile = `other.jurybundle.${ended}.partial`;
      for (const name of [leftByKill, beingWritten, ofAnotherFile]) writeFileSync(join(directory, name), 'PK half');
      expect((await bundleTo(directory, 'applications.csv', out)).code).toBe(0);
      const partials = readdirSync(directory).filter((name) => name.endsWith('.partial'));
      expect(partials.sort()).toEqual([beingWritten, ofAnotherFile].sort());
    } finally {
      running.kill();
    }
  });
});

describe('jurydesk bundle', () => {
  it('reads spreadsheets as staff really export them, all to the same applications', async () => {
    const directory = await workspace();
    const variants: Record<string, Uint8Array | string> = {
      'comma-lf.csv': csv([HEADER, ...ROWS], ',', '\n'),
      'semicolon-crlf-bom.csv': `\uFEFF${csv([HEADER, ...ROWS], ';', '\r\n')}`,
      'windows-1252.csv': Uint8Array.from(
        csv([HEADER, ...ROWS], ';', '\r\n'),
        (char) => ({ é: 0xe9, ê: 0xea, É: 0xc9, Î: 0xce })[char] ?? char.charCodeAt(0),
      ),
    };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Candidatures');
    sheet.addRow(HEADER);
    sheet.addRow([
      'A-1',
      'Alpha "the first"',
      'Two lines:\nsecond line; with a semicolon',
      'Bretagne',
      1200,
      12500.5,
      'oui',
      'Parce que.',
      'deck a.pdf',
    ]);
    sheet.addRow(['B-2', 'Bêta Solidaire', 'Résumé, avec virgule', 'Île-de-France', 40, 980.5, false, null, null]);
    await workbook.xlsx.writeFile(join(directory, 'applications.xlsx'));

    const expected = [
      {
        id: 'A-1',
        name: 'Alpha "the first"',
        summary: 'Two lines:\nsecond line; with a semicolon',
        fields: { region: 'Bretagne', beneficiaries: 1200, revenue: 12500.5, esus: true },
        answers: [{ question: 'Why?', answer: 'Parce que.' }],
        attachments: [
          expect.objectContaining({
            path: 'files/A-1/deck-a.pdf',
            name: 'deck a.pdf',
            mediaType: 'application/pdf',
            size: 20,
          }),
        ],
      },
      {
        id: 'B-2',
        name: 'Bêta Solidaire',
        summary: 'Résumé, avec virgule',
        fields: { region: 'Île-de-France', beneficiaries: 40, revenue: 980.5, esus: false },
      },
    ];
    for (const [name, content] of Object.entries(variants)) writeFileSync(join(directory, name), content);
    for (const name of [...Object.keys(variants), 'applications.xlsx']) {
      const { run, out } = await bundle(directory, name);
      expect(run.stderr, name).toBe('');
      expect(await applicationsOf(out), name).toEqual(expected);
    }
  });

  it.each([
    [
      'a number that is not one',
      (rows: string[][]) => rows.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 4 ? 'quarante' : cell)) : row)),
      /^Error: Row 3, column “Beneficiaries”: “quarante” is not a whole number\.\n$/,
    ],
    [
      'an attachment that is not in the folder',
      (rows: string[][]) =>
        rows.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 8 ? 'missing.pdf' : cell)) : row)),
      /^Error: Row 3, column “Deck”: the file “missing\.pdf” is not in .*files\.\n$/,
    ],
    [
      'an id used twice',
      (rows: string[][]) => rows.map((row, i) => (i === 2 ? row.map((cell, j) => (j === 0 ? 'A-1' : cell)) : row)),
      /^Error: Row 3, column “ID”: the id “A-1” is already used on row 2\.\n$/,
    ],
    [
      'an empty name',
      (rows: string[][]) => rows.map((row, i) => (i === 1 ? row.map((cell, j) => (j === 1 ? '' : cell)) : row)),
      /^Error: Row 2, column “Name”: the application name is empty\.\n$/,
    ],
    [
      'a missing column',
      (rows: string[][]) => rows.map((row) => row.slice(0, 8)),
      /^Error: The spreadsheet lacks the column\(s\) “Deck”/,
    ],
    [
      'a yes/no cell that is neither',
      (rows: string[][]) =>
        rows.map((row, i) => (i === 1 ? row.map((cell, j) => (j === 6 ? 'peut-être' : cell)) : row)),
      /^Error: Row 2, column “ESUS”: “peut-être” is not yes or no\.\n$/,
    ],
  ])('names the row and the column of %s', async (_name, change, message) => {
    const directory = await workspace();
    writeFileSync(join(directory, 'applications.csv'), csv(change([HEADER, ...ROWS]), ';', '\r\n'));
    const { run } = await bundle(directory, 'applications.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('names the row of unbalanced quotes', async () => {
    const directory = await workspace();
    writeFileSync(join(directory, 'applications.csv'), `${HEADER.join(';')}\nA-1;"Alpha;x;1;2;oui;y;\n`);
    const { run } = await bundle(directory, 'applications.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Error: .*applications\.csv, row 2: .*quotes/);
  });

  it('speaks French when the system does', async () => {
    const directory = await workspace();
    writeFileSync(
      join(directory, 'applications.csv'),
      csv(
        [HEADER, ...ROWS].map((row, i) => (i === 1 ? row.map((c, j) => (j === 4 ? 'x' : c)) : row)),
        ';',
        '\n',
      ),
    );
    const out = join(directory, 'out.jurybundle');
    const run = await cli(
      [
        'bundle',
        '--call',
        join(directory, 'call.json'),
        '--applications',
        join(directory, 'applications.csv'),
        '--files',
        join(directory, 'files'),
        '--key',
        join(directory, 'staff'),
        '--out',
        out,
      ],
      'fr',
    );
    expect(run.stderr).toBe('Erreur : Ligne 2, colonne « Beneficiaries » : « x » n’est pas un nombre entier.\n');
  });

  it('refuses a call description that does not follow the format, saying where', async () => {
    const directory = await workspace({
      ...CALL,
      criteria: [{ id: 'impact', label: 'Impact', weight: -1, scale: { min: 1, max: 5, step: 1 } }],
    });
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const { run } = await bundle(directory, 'applications.csv');
    expect(run.stderr).toMatch(/^Error: .*call\.json is not a valid call description: criteria\.0\.weight: /);
  });

  it('says a roster it cannot sign as what stops staff signing, not as a bundle to ask staff for', async () => {
    const directory = await workspace({
      ...CALL,
      jurors: [
        { id: 'chair', name: 'Chair', role: 'chair' },
        { id: 'vice', name: 'Vice', role: 'chair' },
      ],
    });
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const { run } = await bundle(directory, 'applications.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: The call cannot be signed yet: the jury must have exactly one chair, it has 2.\n');
    expect(existsSync(join(directory, 'out.jurybundle'))).toBe(false);
  });

  it('makes the next version of a bundle with --previous, linked to it', async () => {
    const directory = await workspace();
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const first = await bundle(directory, 'applications.csv');
    const firstPath = join(directory, 'v1.jurybundle');
    writeFileSync(firstPath, readFileSync(first.out));
    const second = await bundle(directory, 'applications.csv', ['--previous', firstPath]);
    expect(second.run.code).toBe(0);
    const v1 = await verifyBundle(new Blob([readFileSync(firstPath)]));
    const v2 = await verifyBundle(new Blob([readFileSync(second.out)]));
    if (!v1.ok || !v2.ok) throw new Error('bundles should verify');
    expect(v2.value.manifest.sequence).toBe(2);
    expect(v2.value.manifest.previousManifestSha256).toBe(v1.value.manifestSha256);

    writeFileSync(join(directory, 'staff'), formatPrivateKey(await testKey('someone else')), { mode: 0o600 });
    const impostor = await bundle(directory, 'applications.csv', ['--previous', firstPath]);
    expect(impostor.run.code).toBe(1);
    expect(impostor.run.stderr).toMatch(/^Error: This bundle for the call “CLI call” is signed by key SHA256:/);
    expect(impostor.run.stderr).toContain(
      'If the call changes hands (a lost key, another team), say so with --hand-over REASON.',
    );

    // The call changes hands, said: version 2 names the key of version 1 and why.
    const handedOver = await bundle(directory, 'applications.csv', [
      '--previous',
      firstPath,
      '--hand-over',
      'The previous key was lost with a laptop.',
    ]);
    expect(handedOver.run.code, handedOver.run.stderr).toBe(0);
    const v2b = await verifyBundle(new Blob([readFileSync(handedOver.out)]));
    if (!v2b.ok) throw new Error(v2b.error.code);
    expect(v2b.value.manifest.handover).toEqual({
      previousIssuerPublicKey: v1.value.manifest.issuer.publicKey,
      reason: 'The previous key was lost with a laptop.',
    });
    const audited = await cli(['verify', handedOver.out]);
    const scripted = JSON.parse((await cli(['verify', handedOver.out, '--json'])).stdout);
    expect(scripted.handover).toEqual({
      previousIssuerPublicKey: v1.value.manifest.issuer.publicKey,
      previousFingerprint: v1.value.signer.fingerprint,
      reason: 'The previous key was lost with a laptop.',
    });
    expect(JSON.parse((await cli(['verify', firstPath, '--json'])).stdout)).not.toHaveProperty('handover');
    expect(audited.stdout).toContain(
      `hand-over   the call changes hands: the versions before were signed with ${v1.value.signer.fingerprint}; reason given: “The previous key was lost with a laptop.”`,
    );
    // With the key of version 1, there are no new hands: said, and nothing written.
    writeFileSync(join(directory, 'staff'), formatPrivateKey(await testKey('cli-staff')), { mode: 0o600 });
    const sameHands = await bundleTo(directory, 'applications.csv', join(directory, 'v2-same.jurybundle'), [
      '--previous',
      firstPath,
      '--hand-over',
      'nothing changed',
    ]);
    expect(sameHands.code).toBe(1);
    expect(sameHands.stderr).toBe(
      `Error: “${firstPath}” is signed with this same key: the call does not change hands. Leave out --hand-over.\n`,
    );
    expect(existsSync(join(directory, 'v2-same.jurybundle'))).toBe(false);
  });

  it('signs version 0 with --declarations, names and summaries only, which version 1 then continues', async () => {
    const directory = await workspace();
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const zero = await bundle(directory, 'applications.csv', ['--declarations']);
    expect(zero.run.code, zero.run.stderr).toBe(0);
    expect(zero.run.stdout).toContain('version 0');
    const v0 = await verifyBundle(new Blob([readFileSync(zero.out)]));
    if (!v0.ok) throw new Error(v0.error.code);
    expect(v0.value.manifest.sequence).toBe(0);
    expect(v0.value.attachments).toEqual([]);
    for (const application of v0.value.manifest.applications)
      expect(Object.keys(application).every((key) => ['id', 'name', 'summary'].includes(key))).toBe(true);
    const zeroPath = join(directory, 'v0.jurybundle');
    writeFileSync(zeroPath, readFileSync(zero.out));
    const one = await bundle(directory, 'applications.csv', ['--previous', zeroPath]);
    const v1 = await verifyBundle(new Blob([readFileSync(one.out)]));
    if (!v1.ok) throw new Error(v1.error.code);
    expect(v1.value.manifest).toMatchObject({ sequence: 1, previousManifestSha256: v0.value.manifestSha256 });
    const again = await bundleTo(directory, 'applications.csv', join(directory, 'v0-again.jurybundle'), [
      '--previous',
      zeroPath,
      '--declarations',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'Error: Version 0, for declarations of interests, comes before any other: leave out --previous, or sign version 1 without --declarations.\n',
    );
    expect(existsSync(join(directory, 'v0-again.jurybundle'))).toBe(false);
  });

  it('signs the demo’s version 0 as the README shows it, without the folder of attachments it does not carry', async () => {
    const out = join(temporaryDirectory(), 'v0.jurybundle');
    const demo = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
    const run = await cli([
      'bundle',
      '--call',
      join(demo, 'call.json'),
      '--applications',
      join(demo, 'applications.csv'),
      '--key',
      join(demo, 'keys', 'demo-staff'),
      '--out',
      out,
      '--declarations',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const verified = await cli(['verify', out]);
    expect(verified.stdout).toContain('version 0');
    expect(verified.stdout).toContain('12 applications');
  });

  it('warns, after signing, when the roster gives the chair no key, and says how to pin it', async () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'call.json'), JSON.stringify(CALL));
    mkdirSync(join(directory, 'files'));
    writeFileSync(join(directory, 'files', 'deck a.pdf'), '%PDF-1.4 deck\n%%EOF\n');
    writeFileSync(join(directory, 'staff'), formatPrivateKey(await testKey('cli-staff')), { mode: 0o600 });
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const { run, out } = await bundle(directory, 'applications.csv');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote');
    expect(run.stderr).toBe(
      `Warning: the roster gives the chair (Chair) no key. Everyone will then have to confirm the chair’s fingerprint by hand to trust the deliberation; put the chair’s public key in the jurors of ${join(directory, 'call.json')} to pin it.\n`,
    );
    expect((await verifyBundle(new Blob([readFileSync(out)]))).ok).toBe(true);
  });

  it('refuses a retention date already past, unless told to allow it', async () => {
    const directory = await workspace({ ...CALL, retention: { deleteAfter: '2026-06-30' } });
    writeFileSync(join(directory, 'applications.csv'), csv([HEADER, ...ROWS], ';', '\n'));
    const refused = await bundle(directory, 'applications.csv', ['--issued-at', '2026-12-01T09:00:00Z']);
    expect(refused.run.code).toBe(1);
    expect(refused.run.stderr).toMatch(
      /^Error: The retention date 2026-06-30 in .*call\.json has already passed: .*--allow-past-retention/,
    );
    expect(() => readFileSync(refused.out)).toThrow();

    const sameDay = await bundle(directory, 'applications.csv', ['--issued-at', '2026-06-30T18:00:00Z']);
    expect(sameDay.run.code).toBe(0);
    const allowed = await bundle(directory, 'applications.csv', [
      '--issued-at',
      '2026-12-01T09:00:00Z',
      '--allow-past-retention',
    ]);
    expect(allowed.run.code).toBe(0);
    expect((await applicationsOf(allowed.out)).length).toBe(2);
  });
});
