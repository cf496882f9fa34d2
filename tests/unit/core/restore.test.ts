import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, formatPublicKey, type KeyPair } from '@core/crypto';
import { verifyBundle } from '@core/documents/bundle';
import type { BundleContext } from '@core/documents/bundle-context';
import { checkRestorableScoreFile, MAX_RESTORED_REVISION, type RestoreContext } from '@core/documents/restore';
import { verifyScoreFile, type VerifiedScoreFile } from '@core/documents/scorefile';
import type { UnsignedScoreFile } from '@core/documents/scorefile';
import { sampleBundle, sampleKeys, sampleManifest, sampleScoreFile, type SampleKeys } from '../../support/fixtures';

let keys: SampleKeys;
let first: BundleContext;
/** Version 2 of the call: Beta withdrawn. */
let second: BundleContext;

async function opened(blob: Blob): Promise<BundleContext> {
  const result = await verifyBundle(blob);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

async function brunoFile(
  bundle: BundleContext,
  overrides: Partial<UnsignedScoreFile> = {},
  signer: KeyPair = keys.bruno,
): Promise<VerifiedScoreFile> {
  const { blob } = await sampleScoreFile(
    bundle,
    signer,
    { id: 'bruno', name: 'Bruno' },
    {
      bundle: { sequence: bundle.manifest.sequence, manifestSha256: bundle.manifestSha256 },
      ...overrides,
    },
  );
  const result = await verifyScoreFile(blob);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function laptop(bundle: BundleContext, overrides: Partial<RestoreContext> = {}): RestoreContext {
  return {
    bundle,
    publicKey: formatPublicKey(keys.bruno.publicKey),
    jurorId: 'bruno',
    exportedRevision: null,
    now: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}

beforeAll(async () => {
  keys = await sampleKeys();
  first = await opened((await sampleBundle(keys)).blob);
  const applications = (await sampleManifest(keys)).applications.filter((application) => application.id !== 'beta');
  second = await opened((await sampleBundle(keys, { sequence: 2, applications })).blob);
});

describe('restoring a juror’s own score file on a new laptop', () => {
  it('gives back every evaluation of a file made for the bundle in use, as that juror and revision', async () => {
    const file = await brunoFile(first, { revision: 3 });
    const restoration = await checkRestorableScoreFile(file, laptop(first));
    expect(restoration).toEqual({
      jurorId: 'bruno',
      revision: 3,
      evaluations: file.scoreFile.evaluations,
      withdrawn: [],
    });
  });

  it('takes a file of an earlier version, leaving out the applications that version withdrew', async () => {
    const restoration = await checkRestorableScoreFile(await brunoFile(first), laptop(second));
    expect(restoration.evaluations.map((evaluation) => evaluation.applicationId)).toEqual(['alpha']);
    expect(restoration.withdrawn).toEqual(['beta']);
  });

  it('checks the evaluations kept against the bundle in use', async () => {
    const file = await brunoFile(first, {
      evaluations: [
        { applicationId: 'alpha', status: 'draft', scores: { impact: 11 }, updatedAt: '2026-11-03T17:00:00Z' },
      ],
    });
    await expect(checkRestorableScoreFile(file, laptop(second))).rejects.toMatchObject({ code: 'scores.out-of-scale' });
  });

  it('refuses a file of another call', async () => {
    const file = await brunoFile(first, { call: { id: 'another-call' } });
    await expect(checkRestorableScoreFile(file, laptop(first))).rejects.toMatchObject({
      code: 'restore.other-call',
      details: { call: 'another-call' },
    });
  });

  it('refuses a file signed by another key than this laptop’s, naming both fingerprints', async () => {
    const file = await brunoFile(first, {}, keys.stranger);
    const [actual, expected] = [await fingerprint(keys.stranger.publicKey), await fingerprint(keys.bruno.publicKey)];
    await expect(checkRestorableScoreFile(file, laptop(first))).rejects.toMatchObject({
      code: 'restore.other-key',
      details: { actual, expected },
    });
  });

  it('refuses another juror’s file once the laptop knows who its juror is, and takes the juror’s own', async () => {
    const file = await brunoFile(first);
    await expect(checkRestorableScoreFile(file, laptop(first, { jurorId: 'ana' }))).rejects.toMatchObject({
      code: 'restore.other-juror',
      details: { juror: 'Bruno' },
    });
    expect((await checkRestorableScoreFile(file, laptop(first, { jurorId: 'bruno' }))).jurorId).toBe('bruno');
  });

  it('refuses the roster’s juror signing with a key the roster does not give them', async () => {
    const { blob } = await sampleScoreFile(first, keys.stranger, { id: 'ana', name: 'Ana' });
    const file = await verifyScoreFile(blob);
    if (!file.ok) throw new Error(file.error.code);
    const context = laptop(first, { jurorId: null, publicKey: formatPublicKey(keys.stranger.publicKey) });
    await expect(checkRestorableScoreFile(file.value, context)).rejects.toMatchObject({
      code: 'scores.signer-mismatch',
    });
  });

  it('refuses a file of a later version than the laptop’s, or of another bundle at the same version', async () => {
    await expect(checkRestorableScoreFile(await brunoFile(second), laptop(first))).rejects.toMatchObject({
      code: 'restore.later-bundle',
      details: { sequence: 2, current: 1 },
    });
    const sameSequence = await brunoFile(first, { bundle: { sequence: 1, manifestSha256: 'f'.repeat(64) } });
    await expect(checkRestorableScoreFile(sameSequence, laptop(first))).rejects.toMatchObject({
      code: 'restore.later-bundle',
      details: { sequence: 1, current: 1 },
    });
  });

  it('takes only a revision above the last one exported from this laptop', async () => {
    const file = await brunoFile(first, { revision: 2 });
    await expect(checkRestorableScoreFile(file, laptop(first, { exportedRevision: 2 }))).rejects.toMatchObject({
      code: 'restore.not-newer',
      details: { revision: 2, exported: 2 },
    });
    await expect(checkRestorableScoreFile(file, laptop(first, { exportedRevision: 3 }))).rejects.toMatchObject({
      code: 'restore.not-newer',
    });
    expect((await checkRestorableScoreFile(file, laptop(first, { exportedRevision: 1 }))).revision).toBe(2);
  });
});

describe('a laptop that has not said who it is', () => {
  it('restores a file of a juror whose key the roster gives as its own, and asks a keyless juror to choose first', async () => {
    await expect(
      checkRestorableScoreFile(await brunoFile(first), laptop(first, { jurorId: null })),
    ).rejects.toMatchObject({
      code: 'restore.choose-first',
      details: { juror: 'Bruno' },
    });
    const { blob } = await sampleScoreFile(
      first,
      keys.ana,
      { id: 'ana', name: 'Ana' },
      {
        bundle: { sequence: first.manifest.sequence, manifestSha256: first.manifestSha256 },
      },
    );
    const verified = await verifyScoreFile(blob);
    if (!verified.ok) throw new Error(verified.error.code);
    const anaLaptop = laptop(first, { jurorId: null, publicKey: formatPublicKey(keys.ana.publicKey) });
    expect((await checkRestorableScoreFile(verified.value, anaLaptop)).jurorId).toBe('ana');
  });
});

describe('what a restored file may claim', () => {
  it('a revision past any juror’s reach, or an evaluation dated after the restore, is refused', async () => {
    const huge = await brunoFile(first, { revision: Number.MAX_SAFE_INTEGER });
    await expect(checkRestorableScoreFile(huge, laptop(first))).rejects.toMatchObject({
      code: 'restore.revision-too-high',
      details: { revision: Number.MAX_SAFE_INTEGER, limit: MAX_RESTORED_REVISION },
    });
    expect(
      (await checkRestorableScoreFile(await brunoFile(first, { revision: MAX_RESTORED_REVISION }), laptop(first)))
        .revision,
    ).toBe(MAX_RESTORED_REVISION);
    const evaluation = {
      applicationId: 'alpha',
      status: 'draft' as const,
      scores: { impact: 5 },
      updatedAt: '9999-12-31T00:00:00Z',
    };
    const future = await brunoFile(first, { evaluations: [evaluation] });
    await expect(checkRestorableScoreFile(future, laptop(first))).rejects.toMatchObject({
      code: 'restore.future-date',
      details: { date: '9999-12-31T00:00:00Z' },
    });
    // A laptop whose clock is a few hours behind still restores what it exported.
    const skewed = await brunoFile(first, { evaluations: [{ ...evaluation, updatedAt: '2026-11-20T20:00:00Z' }] });
    expect((await checkRestorableScoreFile(skewed, laptop(first))).evaluations).toHaveLength(1);
  });

  it('a laptop that has not chosen who it is cannot become the keyless chair by restoring a file in the chair’s name', async () => {
    const keylessChair = await opened(
      (
        await sampleBundle(keys, {
          jurors: [
            { id: 'chair', name: 'Chloé Chair', role: 'chair' },
            { id: 'bruno', name: 'Bruno', role: 'juror' },
          ],
          conflicts: [],
        })
      ).blob,
    );
    const asChair = await brunoFile(keylessChair, {}, keys.bruno);
    const renamed = {
      ...asChair,
      scoreFile: { ...asChair.scoreFile, juror: { ...asChair.scoreFile.juror, id: 'chair', name: 'Chloé Chair' } },
    };
    await expect(checkRestorableScoreFile(renamed, laptop(keylessChair, { jurorId: null }))).rejects.toMatchObject({
      code: 'restore.choose-first',
    });
    // Once the laptop has said it is the chair, restoring its own file is ordinary.
    expect((await checkRestorableScoreFile(renamed, laptop(keylessChair, { jurorId: 'chair' }))).jurorId).toBe('chair');
  });
});
