import { beforeAll, describe, expect, it } from 'vitest';
import { formatPublicKey } from '@core/crypto/keys';
import {
  checkManifestConsistency,
  completeManifest,
  createBundle,
  GRID_LIMITS,
  verifyBundle,
} from '@core/documents/bundle';
import type { BundleManifest, Criterion } from '@core/documents/formats/bundle';
import { describeFailure, type Failure } from '@core/errors';
import { sampleKeys, sampleManifest, type SampleKeys } from '../../support/fixtures';

let keys: SampleKeys;
let sound: BundleManifest;
beforeAll(async () => {
  keys = await sampleKeys();
  const { applications: _withAttachments, ...rest } = await sampleManifest(keys);
  sound = completeManifest(
    {
      ...rest,
      applications: [
        { id: 'alpha', name: 'Alpha', fields: { region: 'Bretagne' } },
        { id: 'beta', name: 'Beta' },
      ],
      conflicts: [{ jurorId: 'ana', applicationId: 'beta' }],
    },
    formatPublicKey(keys.staff.publicKey),
  );
});

/** What the check says of a manifest, in English; undefined when it is sound. */
function said(change: (manifest: BundleManifest) => BundleManifest): string | undefined {
  try {
    checkManifestConsistency(change(structuredClone(sound)));
  } catch (error) {
    expect((error as Failure).code).toBe('bundle.invalid');
    return describeFailure(error as Failure, 'en');
  }
  return undefined;
}

const criterion = (overrides: Partial<Criterion>): Criterion => ({
  id: 'c',
  label: 'C',
  weight: 1,
  scale: { min: 0, max: 10, step: 1 },
  ...overrides,
});
const withCriteria =
  (...criteria: Criterion[]) =>
  (manifest: BundleManifest) => ({ ...manifest, criteria });

describe('a manifest’s consistency, rule by rule', () => {
  it('is sound as the sample', () => {
    expect(said((manifest) => manifest)).toBeUndefined();
  });

  it('names the id given twice, in each list', () => {
    expect(said((m) => ({ ...m, criteria: [...m.criteria, m.criteria[0]!] }))).toContain(
      'the criterion “impact” appears twice',
    );
    expect(said((m) => ({ ...m, jurors: [...m.jurors, { ...m.jurors[1]!, publicKey: undefined }] }))).toContain(
      'the juror “ana” appears twice',
    );
    expect(said((m) => ({ ...m, outcomes: [...m.outcomes, m.outcomes[2]!] }))).toContain(
      'the outcome “out” appears twice',
    );
    expect(said((m) => ({ ...m, applications: [...m.applications, m.applications[0]!] }))).toContain(
      'the application “alpha” appears twice',
    );
  });

  it('bounds the grid: criteria, scale width and points, each at its edge', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => criterion({ id: `c${index}`, label: `C${index}` }));
    expect(said(withCriteria(...many(GRID_LIMITS.criteria)))).toBeUndefined();
    expect(said(withCriteria(...many(GRID_LIMITS.criteria + 1)))).toContain(
      `it has ${GRID_LIMITS.criteria + 1} criteria, more than the ${GRID_LIMITS.criteria} a grid shows`,
    );
    const limit = GRID_LIMITS.magnitude;
    expect(said(withCriteria(criterion({ scale: { min: -limit, max: limit, step: 10_000 } })))).toBeUndefined();
    for (const scale of [
      { min: -limit - 1, max: 0, step: 1 },
      { min: 0, max: limit + 1, step: 1 },
    ])
      expect(said(withCriteria(criterion({ scale })))).toContain('the scale of “C” goes beyond ±1,000,000');
    expect(said(withCriteria(criterion({ scale: { min: 0, max: 200, step: 1 } })))).toBeUndefined();
    expect(said(withCriteria(criterion({ scale: { min: 0, max: 201, step: 1 } })))).toContain(
      'the scale of “C” has more than 201 points',
    );
    expect(said(withCriteria(criterion({ scale: { min: 10, max: 30, step: 0.1 } })))).toBeUndefined();
    expect(said(withCriteria(criterion({ scale: { min: 10, max: 30.1, step: 0.1 } })))).toContain(
      'more than 201 points',
    );
  });

  it('wants a scale that goes up by whole steps, with its levels on it, each once', () => {
    expect(said(withCriteria(criterion({ scale: { min: 5, max: 5, step: 1 } })))).toContain(
      'the scale of “C” must have max above min',
    );
    expect(said(withCriteria(criterion({ scale: { min: 5, max: 4, step: 1 } })))).toContain('max above min');
    expect(said(withCriteria(criterion({ scale: { min: 0, max: 10, step: 3 } })))).toContain(
      'the step of “C” does not divide its scale',
    );
    const levels = (...values: number[]) => values.map((value) => ({ value, label: String(value) }));
    expect(said(withCriteria(criterion({ levels: levels(0, 10) })))).toBeUndefined();
    expect(said(withCriteria(criterion({ levels: levels(0, 10.5) })))).toContain(
      'the level 10.5 of “C” is not on its scale',
    );
    expect(said(withCriteria(criterion({ levels: levels(0, 5, 5) })))).toContain(
      'the criterion “C” has the level 5 twice',
    );
  });

  it('counts at least one criterion', () => {
    expect(said(withCriteria(criterion({ counted: false }), criterion({ id: 'd', counted: true })))).toBeUndefined();
    expect(said(withCriteria(criterion({ counted: false })))).toContain('no criterion is counted');
  });

  it('has exactly one chair, and never one key for two jurors', () => {
    expect(said((m) => ({ ...m, jurors: m.jurors.filter((juror) => juror.role !== 'chair') }))).toContain(
      'the jury must have exactly one chair, it has 0',
    );
    expect(said((m) => ({ ...m, jurors: m.jurors.map((juror) => ({ ...juror, role: 'chair' as const })) }))).toContain(
      'it has 3',
    );
    const chairKey = formatPublicKey(keys.chair.publicKey);
    expect(
      said((m) => ({
        ...m,
        jurors: m.jurors.map((juror) => (juror.id === 'bruno' ? { ...juror, publicKey: chairKey } : juror)),
      })),
    ).toContain('two jurors share one key');
  });

  it('names the unknown juror or application a conflict or an assignment points at', () => {
    expect(said((m) => ({ ...m, conflicts: [{ jurorId: 'zoe', applicationId: 'alpha' }] }))).toContain(
      'names the unknown juror “zoe”',
    );
    expect(said((m) => ({ ...m, conflicts: [{ jurorId: 'ana', applicationId: 'omega' }] }))).toContain(
      'names the unknown application “omega”',
    );
    expect(said((m) => ({ ...m, assignments: [{ jurorId: 'zoe', applicationIds: [] }] }))).toBeUndefined();
    expect(said((m) => ({ ...m, assignments: [{ jurorId: 'zoe', applicationIds: ['alpha'] }] }))).toContain(
      'the unknown juror “zoe”',
    );
    expect(said((m) => ({ ...m, assignments: [{ jurorId: 'ana', applicationIds: ['omega'] }] }))).toContain(
      'the unknown application “omega”',
    );
    expect(
      said((m) => ({
        ...m,
        assignments: [
          { jurorId: 'ana', applicationIds: ['alpha'] },
          { jurorId: 'ana', applicationIds: ['beta'] },
        ],
      })),
    ).toContain('the juror “ana” has two assignment lists');
  });

  it('hands over from version 2 on, from another key than its own', () => {
    const from = (key: typeof keys.staff) => ({ previousIssuerPublicKey: formatPublicKey(key.publicKey) });
    expect(said((m) => ({ ...m, sequence: 2, handover: from(keys.stranger) }))).toBeUndefined();
    expect(said((m) => ({ ...m, sequence: 1, handover: from(keys.stranger) }))).toContain(
      'its first version says the call changes hands',
    );
    expect(said((m) => ({ ...m, sequence: 2, handover: from(keys.staff) }))).toContain(
      'names the key that signs it as the previous one',
    );
  });

  it('orders only the facts there are, each once', () => {
    expect(said((m) => ({ ...m, fieldLabels: { size: 'Size' }, fieldOrder: ['size', 'region'] }))).toBeUndefined();
    expect(said((m) => ({ ...m, fieldOrder: ['region', 'region'] }))).toContain('the fact “region” is named twice');
    expect(said((m) => ({ ...m, fieldOrder: ['budget'] }))).toContain('the order of facts names “budget”');
  });

  it('keeps attachment paths valid and distinct', () => {
    const attachment = (path: string) => ({
      path,
      name: 'x.pdf',
      mediaType: 'application/pdf',
      size: 1,
      sha256: 'a'.repeat(64),
    });
    const withPaths =
      (...paths: string[]) =>
      (m: BundleManifest) => ({
        ...m,
        applications: paths.map((path, index) => ({
          id: `a${index}`,
          name: `A${index}`,
          attachments: [attachment(path)],
        })),
        conflicts: [],
      });
    expect(said(withPaths('files/a/x.pdf', 'files/b/x.pdf'))).toBeUndefined();
    expect(said(withPaths('files/../x.pdf'))).toContain('the attachment path “files/../x.pdf” is not valid');
    expect(said(withPaths('files/a/x.pdf', 'files/a/x.pdf'))).toContain(
      'the attachment path “files/a/x.pdf” is used twice',
    );
  });
});

describe('a bundle being verified', () => {
  it('says how far the hashing of its attachments has gone, up to the whole', async () => {
    const data = new Uint8Array(3000).fill(7);
    const manifest = await sampleManifest(keys, {
      applications: [
        {
          id: 'big',
          name: 'Big',
          attachments: [
            {
              path: 'files/big.bin',
              name: 'big.bin',
              mediaType: 'application/octet-stream',
              size: data.length,
              sha256: Buffer.from(await crypto.subtle.digest('SHA-256', data)).toString('hex'),
            },
          ],
        },
      ],
      conflicts: [],
    });
    const { blob } = await createBundle(
      manifest,
      [{ attachment: manifest.applications[0]!.attachments![0]!, data }],
      keys.staff,
    );
    const seen: { done: number; total: number }[] = [];
    const verified = await verifyBundle(blob, { onProgress: (progress) => seen.push(progress) });
    expect(verified.ok).toBe(true);
    expect(seen[0]).toEqual({ done: 0, total: 3000 });
    expect(seen.at(-1)).toEqual({ done: 3000, total: 3000 });
    expect(seen.every((step, index) => index === 0 || step.done >= seen[index - 1]!.done)).toBe(true);
  });

  it('refuses an unsigned manifest without an issuer’s name, naming the field', () => {
    const { issuer: _issuer, ...rest } = sound;
    expect(() => completeManifest({ ...rest, issuer: { name: '' } }, formatPublicKey(keys.staff.publicKey))).toThrow(
      /issuer\.name/,
    );
  });
});
