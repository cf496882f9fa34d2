import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  callChanges,
  callReadiness,
  criteriaChanged,
  mapApplications,
  nextSuccession,
  nothingChanged,
  parseCallDescription,
  readSheet,
  type CallDescription,
  type MappedApplications,
} from '@core/calls';
import { formatPublicKey } from '@core/crypto';
import { completeManifest, verifyBundle, type BundleManifest } from '@core/documents';
import { describeFailure } from '@core/errors';
import { attachmentFolder, readSpreadsheet, sheetLibraries } from '../../../src/cli/spreadsheet';
import { testKey } from '../../support/keys';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
const ISSUED = '2026-12-01T10:00:00Z';

let description: CallDescription;
let mapped: MappedApplications;
let demo: { manifest: BundleManifest; manifestSha256: string };
let staffKey: string;
let otherKey: string;

beforeAll(async () => {
  const parsed = await parseCallDescription(readFileSync(join(DEMO, 'call.json'), 'utf8'), 'call.json');
  if (!parsed.ok) throw new Error(parsed.error.code);
  description = parsed.value;
  mapped = mapApplications(
    await readSpreadsheet(join(DEMO, 'applications.csv')),
    description.columns,
    await attachmentFolder(join(DEMO, 'files')),
  );
  const verified = await verifyBundle(new Blob([readFileSync(join(DEMO, 'demo.jurybundle'))]));
  if (!verified.ok) throw new Error(verified.error.code);
  demo = verified.value;
  staffKey = demo.manifest.issuer.publicKey;
  otherKey = formatPublicKey((await testKey('another staff')).publicKey);
});

const codes = (problems: readonly { code: string }[]) => problems.map((problem) => problem.code);

describe('whether a call can be signed', () => {
  it('the demo call, as its description and spreadsheet stand, can: its draft is the demo manifest but for the issue date', async () => {
    const readiness = await callReadiness(description, mapped, staffKey, ISSUED, null);
    expect(readiness.problems).toEqual([]);
    const { issuedAt, ...draft } = readiness.draft!;
    expect(issuedAt).toBe(ISSUED);
    const { issuedAt: _demoIssuedAt, ...signed } = demo.manifest;
    // The draft does not hash attachments: only their digests differ from the signed manifest.
    const unhashed = (manifest: Omit<BundleManifest, 'issuedAt'>) =>
      JSON.parse(JSON.stringify(manifest).replace(/"sha256":"[0-9a-f]{64}"/g, '"sha256":"-"')) as unknown;
    expect(unhashed(draft)).toEqual(unhashed(signed));
    expect(draft.applications[0]!.attachments![0]!.sha256).toBe('0'.repeat(64));
  });

  it('a draft following a version reuses its digests where an attachment keeps its path and size', async () => {
    const readiness = await callReadiness(description, mapped, staffKey, ISSUED, demo);
    const digests = (manifest: BundleManifest) =>
      manifest.applications.flatMap((a) => a.attachments!.map((x) => x.sha256));
    expect(digests(readiness.draft!)).toEqual(digests(demo.manifest));
    const resized = {
      ...mapped,
      attachments: mapped.attachments.map((a, i) => (i === 0 ? { ...a, size: a.size + 1 } : a)),
    };
    const changed = await callReadiness(description, resized, staffKey, ISSUED, demo);
    expect(digests(changed.draft!)[0]).toBe('0'.repeat(64));
    expect(digests(changed.draft!).slice(1)).toEqual(digests(demo.manifest).slice(1));
  });

  it('names every reason it cannot, in staff’s words', async () => {
    const broken: CallDescription = {
      ...description,
      call: { ...description.call, id: 'another-id' },
      retention: { deleteAfter: '2026-11-30' },
      jurors: description.jurors.map((juror) => ({ ...juror, role: 'juror' as const })),
    };
    const readiness = await callReadiness(broken, { applications: [], attachments: [] }, otherKey, ISSUED, demo);
    expect(codes(readiness.problems)).toEqual([
      'call.no-applications',
      'call.retention-passed',
      'call.id-changed',
      'call.issuer-changed',
      'call.not-ready',
    ]);
    expect(readiness.draft).toBeNull();
    const [, retention, id, issuer, notReady] = readiness.problems.map((problem) => describeFailure(problem, 'en'));
    expect(retention).toContain('2026-11-30 has passed');
    expect(id).toBe(
      'The call’s id is now “another-id”, but its published versions say “cap-inclusion-2027-demo”: jurors would open it as another call. Put the id back.',
    );
    expect(issuer).toMatch(
      /^The staff key is now SHA256:\S+, but the published versions were signed with SHA256:fArvGOq8/,
    );
    expect(notReady).toBe('The call cannot be signed yet: the jury must have exactly one chair, it has 0.');
  });

  it('a retention date today is not past, yesterday is', async () => {
    const on = (deleteAfter: string) =>
      callReadiness({ ...description, retention: { deleteAfter } }, mapped, staffKey, ISSUED, null);
    expect(codes((await on('2026-12-01')).problems)).toEqual([]);
    expect(codes((await on('2026-11-30')).problems)).toEqual(['call.retention-passed']);
  });

  it('a description the schema refuses is one sentence naming the field', async () => {
    const readiness = await callReadiness(
      { ...description, criteria: [{ ...description.criteria[0]!, weight: Number.NaN }] },
      mapped,
      staffKey,
      ISSUED,
      null,
    );
    expect(codes(readiness.problems)).toEqual(['call.not-ready']);
    expect(describeFailure(readiness.problems[0]!, 'fr')).toMatch(
      /^L’appel ne peut pas encore être signé : criteria\.0\.weight/,
    );
  });

  it('a version follows the last: its number plus one and its digest; the first takes the description’s own number', () => {
    expect(nextSuccession(description, null)).toEqual({ sequence: 1, previousManifestSha256: null });
    expect(nextSuccession({ ...description, sequence: 4 }, null)).toEqual({
      sequence: 4,
      previousManifestSha256: null,
    });
    expect(nextSuccession({ ...description, sequence: 4 }, demo)).toEqual({
      sequence: demo.manifest.sequence + 1,
      previousManifestSha256: demo.manifestSha256,
    });
  });
});

describe('what a new version changes', () => {
  const edit = (change: (manifest: BundleManifest) => Partial<BundleManifest>) => ({
    ...demo.manifest,
    ...change(demo.manifest),
  });

  it('nothing, for the same manifest signed again later', () => {
    const changes = callChanges(demo.manifest, { ...demo.manifest, issuedAt: ISSUED, sequence: 9 });
    expect(nothingChanged(changes)).toBe(true);
    expect(criteriaChanged(changes)).toBe(false);
  });

  it('applications added, removed and changed, by id, in the new version’s order', () => {
    const [first, second, third, ...rest] = demo.manifest.applications;
    const next = edit(() => ({
      applications: [{ ...first!, name: 'Renamed' }, third!, ...rest, { ...second!, id: 'C2027-013' }],
    }));
    const changes = callChanges(demo.manifest, next);
    expect(changes.applications).toEqual({ added: ['C2027-013'], removed: ['C2027-002'], changed: ['C2027-001'] });
    expect(changes.criteria).toEqual({ added: [], removed: [], changed: [] });
    expect(nothingChanged(changes)).toBe(false);
    expect(criteriaChanged(changes)).toBe(false);
  });

  it('a criterion whose scale changes, one added, one removed: each is a change of the grid', () => {
    const [first, ...rest] = demo.manifest.criteria;
    const scale = callChanges(
      demo.manifest,
      edit(() => ({ criteria: [{ ...first!, scale: { min: 0, max: 10, step: 1 } }, ...rest] })),
    );
    expect(scale.criteria).toEqual({ added: [], removed: [], changed: ['innovation'] });
    expect(criteriaChanged(scale)).toBe(true);
    const added = callChanges(
      demo.manifest,
      edit((m) => ({ criteria: [...m.criteria, { ...first!, id: 'extra' }] })),
    );
    expect(added.criteria.added).toEqual(['extra']);
    expect(criteriaChanged(added)).toBe(true);
    const removed = callChanges(
      demo.manifest,
      edit(() => ({ criteria: rest })),
    );
    expect(removed.criteria.removed).toEqual(['innovation']);
    expect(criteriaChanged(removed)).toBe(true);
  });

  it('each other part on its own', () => {
    const only = (next: BundleManifest) => {
      const changes = callChanges(demo.manifest, next);
      return Object.entries(changes)
        .filter(([, value]) =>
          typeof value === 'boolean' ? value : value.added.length + value.removed.length + value.changed.length > 0,
        )
        .map(([part]) => part);
    };
    expect(only(edit((m) => ({ call: { ...m.call, organizer: 'Another' } })))).toEqual(['call']);
    expect(only(edit(() => ({ conflicts: [] })))).toEqual(['conflicts']);
    expect(only(edit(() => ({ assignments: [{ jurorId: 'nadia-haddad', applicationIds: ['C2027-001'] }] })))).toEqual([
      'assignments',
    ]);
    expect(only(edit(() => ({ retention: { deleteAfter: '2027-12-31' } })))).toEqual(['retention']);
    expect(only(edit((m) => ({ fieldLabels: { ...m.fieldLabels, region: 'Area' } })))).toEqual(['fieldLabels']);
    expect(only(edit((m) => ({ jurors: m.jurors.slice(1) })))).toEqual(['jurors']);
    expect(only(edit((m) => ({ outcomes: m.outcomes.map((o) => ({ ...o, capacity: 9 })) })))).toEqual(['outcomes']);
  });
});

describe('a manifest checked before it is signed', () => {
  it('is the manifest with the key that will sign it, when sound', () => {
    const { issuer, ...rest } = demo.manifest;
    expect(completeManifest({ ...rest, issuer: { name: issuer.name } }, staffKey)).toEqual(demo.manifest);
  });

  it('refuses what the schema refuses, naming the field, and what the schema cannot see', () => {
    const { issuer, ...rest } = demo.manifest;
    const unsigned = { ...rest, issuer: { name: issuer.name } };
    expect(() => completeManifest({ ...unsigned, sequence: -1 }, staffKey)).toThrow(/sequence/);
    // Version 0 shows names and summaries only: the demo's attachments make it refused by name.
    expect(() => completeManifest({ ...unsigned, sequence: 0 }, staffKey)).toThrow(/version 0 shows more of/);
    expect(() =>
      completeManifest({ ...unsigned, criteria: [...unsigned.criteria, unsigned.criteria[0]!] }, staffKey),
    ).toThrow('the criterion “innovation” appears twice');
  });
});

describe('a mapping being made on the staff desk', () => {
  it('asks for the id and name columns first, one problem each, before reading any row', async () => {
    const sheet = await readSpreadsheet(join(DEMO, 'applications.csv'));
    const result = mapApplications(sheet, { ...description.columns, id: '', name: '' }, null);
    expect(result.applications).toEqual([]);
    expect(result.problems.map((problem) => describeFailure(problem.failure, 'en'))).toEqual([
      'Choose the column of the id of the applications.',
      'Choose the column of the name of the applications.',
    ]);
    expect(describeFailure(result.problems[1]!.failure, 'fr')).toBe('Choisissez la colonne du nom des candidatures.');
    expect(result.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [1, null],
      [1, null],
    ]);
  });
});

describe('what staff read when a call description or a sheet is malformed', () => {
  it('names the refused field in each language, as each language quotes and spaces', async () => {
    const parsed = await parseCallDescription(
      JSON.stringify({ ...description, criteria: 'none', colour: 'blue' }),
      'call.json',
    );
    if (parsed.ok) throw new Error('a call description with criteria as a string was accepted');
    expect(describeFailure(parsed.error, 'en')).toBe(
      'call.json is not a valid call description: criteria: Invalid input: expected array, received string.',
    );
    expect(describeFailure(parsed.error, 'fr')).toBe(
      'call.json n’est pas une description d’appel valide\u202f: criteria\u202f: Entrée invalide\u202f: tableau attendu, chaîne de caractères reçu.',
    );
  });

  it('names a key the schema does not know in quotes of the reader’s language', async () => {
    const parsed = await parseCallDescription(JSON.stringify({ ...description, colour: 'blue' }), 'call.json');
    if (parsed.ok) throw new Error('an unknown key was accepted');
    expect(describeFailure(parsed.error, 'en')).toContain('the document: Unrecognized key: “colour”');
    expect(describeFailure(parsed.error, 'fr')).toContain(
      'le document\u202f: Clé non reconnue\u202f: «\u202fcolour\u202f»',
    );
  });

  it.each([
    ['id,name\n"a,b\n', 'a quoted cell is never closed', 'une cellule entre guillemets n’est jamais fermée'],
    [
      'id,name\n"a"b,c\n',
      'a closing quote is followed by other characters',
      'un guillemet fermant est suivi d’autres caractères',
    ],
  ])('says in words what is wrong with the quotes of %j', async (csv, english, french) => {
    const read = await readSheet(new TextEncoder().encode(csv), 'applications.csv', await sheetLibraries());
    if (read.ok) throw new Error('a sheet with broken quotes was read');
    const failure = read.error;
    expect(describeFailure(failure, 'en')).toBe(`applications.csv, row 2: ${english}. Check the quotes on that row.`);
    expect(describeFailure(failure, 'fr')).toBe(
      `applications.csv, ligne 2\u202f: ${french}. Vérifiez les guillemets de cette ligne.`,
    );
  });
});
