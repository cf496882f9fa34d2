import { describe, expect, it } from 'vitest';
import { verifyBundle } from '@core/documents/bundle';
import { checkBundleSuccession } from '@core/documents/succession';
import { verifyDeliberation } from '@core/documents/deliberation';
import { fingerprint, formatPublicKey } from '@core/crypto/keys';
import { verifyScoreFile } from '@core/documents/scorefile';
import { verifyAnyFile } from '@core/verify';
import { describeFailure, JurydeskError } from '@core/errors';
import { PITCH, sampleBundle, sampleDeliberation, sampleKeys, sampleScoreFile } from '../../support/fixtures';

describe('the three signed files', () => {
  it('a bundle verifies and hands out its attachments as checked slices', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const result = await verifyBundle(bundle.blob);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.manifestSha256).toBe(bundle.manifestSha256);
    expect(result.value.signer.fingerprint).toBe(await fingerprint(keys.staff.publicKey));
    expect(result.value.manifest.applications.map((application) => application.id)).toEqual(['alpha', 'beta', 'gamma']);
    const pitch = result.value.attachments.find((attachment) => attachment.applicationId === 'alpha');
    expect(new Uint8Array(await pitch!.blob.arrayBuffer())).toEqual(PITCH);
  });

  it('a bundle reports its progress while checking attachments', async () => {
    const keys = await sampleKeys();
    const progress: number[] = [];
    await verifyBundle((await sampleBundle(keys)).blob, { onProgress: ({ done }) => progress.push(done) });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBeGreaterThan(0);
  });

  it('keeps fields it does not know, byte for byte, because the signature covers them', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys, { call: { id: 'call-test', title: 'T', futureField: { x: 1 } } });
    const result = await verifyBundle(bundle.blob);
    expect(result.ok && result.value.manifest.call.futureField).toEqual({ x: 1 });
  });

  it('a score file verifies against its bundle and names its file hash', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const { blob, scoreFile } = await sampleScoreFile(bundle, keys.bruno, { id: 'bruno', name: 'Bruno' });
    const result = await verifyScoreFile(blob, { bundle });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.scoreFile).toEqual(scoreFile);
    expect(result.value.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a deliberation verifies against its bundle', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const { blob } = await sampleDeliberation(bundle, keys.chair);
    const result = await verifyDeliberation(blob, { bundle });
    expect(result.ok).toBe(true);
  });

  it('any file is recognised by its mimetype', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const scores = await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' });
    const kinds = await Promise.all(
      [bundle.blob, scores.blob].map(async (blob) => {
        const result = await verifyAnyFile(blob, { bundle });
        return result.ok ? result.value.kind : result.error.code;
      }),
    );
    expect(kinds).toEqual(['bundle', 'scores']);
  });

  it('our writer refuses to sign a recused evaluation that carries scores', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    await expect(
      sampleScoreFile(
        bundle,
        keys.ana,
        { id: 'ana', name: 'Ana' },
        {
          evaluations: [
            { applicationId: 'alpha', status: 'recused', scores: { impact: 3 }, updatedAt: '2026-11-03T17:00:00Z' },
          ],
        },
      ),
    ).rejects.toMatchObject({ code: 'scores.invalid' });
  });
});

describe('a newer bundle for a call already loaded', () => {
  async function known() {
    const keys = await sampleKeys();
    const first = await verifyBundle((await sampleBundle(keys)).blob);
    if (!first.ok) throw new Error('sample bundle invalid');
    return { keys, known: { manifest: first.value.manifest, pinnedIssuerKey: first.value.manifest.issuer.publicKey } };
  }

  async function verified(blob: Blob) {
    const result = await verifyBundle(blob);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  }

  it('is accepted with a higher sequence from the same issuer', async () => {
    const { keys, known: current } = await known();
    const next = await verified((await sampleBundle(keys, { sequence: 2 })).blob);
    await expect(checkBundleSuccession(current, next)).resolves.toBeNull();
  });

  it('is refused with the same or a lower sequence (a replayed bundle)', async () => {
    const { keys, known: current } = await known();
    const same = await verified((await sampleBundle(keys, { sequence: 1 })).blob);
    await expect(checkBundleSuccession(current, same)).rejects.toMatchObject({ code: 'bundle.lower-sequence' });
  });

  it('is refused from another issuer key, even with a higher sequence', async () => {
    const { keys, known: current } = await known();
    const impostor = await verified((await sampleBundle(keys, { sequence: 5 }, keys.stranger)).blob);
    await expect(checkBundleSuccession(current, impostor)).rejects.toMatchObject({ code: 'bundle.issuer-changed' });
  });

  it('from a new key, is taken for confirmation only when it says the call changes hands from the pinned key', async () => {
    const { keys, known: current } = await known();
    const pinned = formatPublicKey(keys.staff.publicKey);
    const handedOver = await verified(
      (await sampleBundle(keys, { sequence: 2, handover: { previousIssuerPublicKey: pinned } }, keys.stranger)).blob,
    );
    await expect(checkBundleSuccession(current, handedOver)).resolves.toEqual({
      handedOverFrom: await fingerprint(keys.staff.publicKey),
    });
    // Naming another key than the one this laptop trusts is no hand-over: refused as any other issuer.
    const fromElsewhere = await verified(
      (
        await sampleBundle(
          keys,
          { sequence: 2, handover: { previousIssuerPublicKey: formatPublicKey(keys.ana.publicKey) } },
          keys.stranger,
        )
      ).blob,
    );
    await expect(checkBundleSuccession(current, fromElsewhere)).rejects.toMatchObject({
      code: 'bundle.issuer-changed',
    });
    // A hand-over is no licence to replay: the sequence still has to grow.
    const sameSequence = { ...current, manifest: { ...current.manifest, sequence: 2 } };
    await expect(checkBundleSuccession(sameSequence, handedOver)).rejects.toMatchObject({
      code: 'bundle.lower-sequence',
    });
  });

  it('says it changes hands only from version 2 on, and only to another key: such a bundle cannot be made', async () => {
    const { keys } = await known();
    const handover = (key: typeof keys.staff) => ({ previousIssuerPublicKey: formatPublicKey(key.publicKey) });
    await expect(sampleBundle(keys, { sequence: 1, handover: handover(keys.stranger) })).rejects.toMatchObject({
      code: 'bundle.invalid',
    });
    await expect(sampleBundle(keys, { sequence: 2, handover: handover(keys.staff) })).rejects.toMatchObject({
      code: 'bundle.invalid',
    });
  });

  it('says each refusal with the call, the versions and the keys it compares', async () => {
    const { keys, known: current } = await known();
    const title = current.manifest.call.title;
    const other = await verified(
      (await sampleBundle(keys, { sequence: 2, call: { id: 'other', title: 'Other' } })).blob,
    );
    await expect(checkBundleSuccession(current, other)).rejects.toMatchObject({
      details: { actual: 'other', expected: 'call-test' },
    });
    const stranger = await verified((await sampleBundle(keys, { sequence: 2 }, keys.stranger)).blob);
    // Computed before the call: an await inside expect() would leave its rejection unhandled for a moment.
    const staffFingerprint = await fingerprint(keys.staff.publicKey);
    await expect(checkBundleSuccession(current, stranger)).rejects.toMatchObject({
      details: { call: title, actual: stranger.signer.fingerprint, expected: staffFingerprint },
    });
    const older = { ...current, manifest: { ...current.manifest, sequence: 3 } };
    const second = await verified((await sampleBundle(keys, { sequence: 2 })).blob);
    await expect(checkBundleSuccession(older, second)).rejects.toMatchObject({
      code: 'bundle.lower-sequence',
      details: { call: title, actual: 2, current: 3 },
    });
  });

  it('is refused when it belongs to another call', async () => {
    const { keys, known: current } = await known();
    const other = await verified(
      (await sampleBundle(keys, { sequence: 2, call: { id: 'other', title: 'Other' } })).blob,
    );
    await expect(checkBundleSuccession(current, other)).rejects.toMatchObject({ code: 'bundle.other-call' });
  });
});

describe('a score file inconsistent with its bundle, in words', () => {
  const complete = (applicationId: string, extra: object = {}) => ({
    applicationId,
    status: 'complete' as const,
    scores: { impact: 7, team: 4, note: null },
    updatedAt: '2026-11-03T17:00:00Z',
    ...extra,
  });
  it.each([
    ['an unknown application', [complete('omega')], 'it names the unknown application “omega”'],
    [
      'an unknown criterion scored',
      [complete('alpha', { scores: { impact: 7, team: 4, reach: 2 } })],
      'it names the unknown criterion “reach”',
    ],
    [
      'an unknown criterion commented',
      [complete('alpha', { comments: { reach: 'Large' } })],
      'it names the unknown criterion “reach”',
    ],
    [
      'a complete evaluation missing a counted score',
      [complete('alpha', { scores: { impact: 7, team: null } })],
      '“Alpha” is marked complete but “Team” has no score',
    ],
    ['an unknown outcome', [complete('alpha', { recommendation: 'maybe' })], 'it names the unknown outcome “maybe”'],
    [
      'a score despite a declared conflict',
      [complete('gamma')],
      '“Gamma” is scored despite a conflict of interest declared by staff',
    ],
  ])('%s', async (_case, evaluations, reason) => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const { blob } = await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' }, { evaluations });
    const result = await verifyScoreFile(blob, { bundle });
    if (result.ok) throw new Error('an inconsistent score file was accepted');
    expect(describeFailure(result.error, 'en')).toBe(
      `The score file is inconsistent with the bundle: ${reason}. Ask the juror to export again.`,
    );
  });

  it.each([
    ['an application twice', [complete('alpha'), complete('alpha')], 'the application “alpha” is evaluated twice'],
    [
      'a recused application with a score',
      [{ ...complete('alpha'), status: 'recused' as const }],
      'the application “alpha” is both recused and scored',
    ],
  ])('%s is refused when the file is made, with the same sentence', async (_case, evaluations, reason) => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const made = sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' }, { evaluations });
    const failure = await made.then(
      () => null,
      (error: unknown) => error as JurydeskError,
    );
    expect(failure).toBeInstanceOf(JurydeskError);
    expect(describeFailure(failure!, 'en')).toBe(
      `The score file is inconsistent with the bundle: ${reason}. Ask the juror to export again.`,
    );
  });

  it('a juror the roster does not name is named in the sentence', async () => {
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const { blob } = await sampleScoreFile(bundle, keys.bruno, { id: 'zoe', name: 'Zoé' });
    const result = await verifyScoreFile(blob, { bundle });
    if (result.ok) throw new Error('a stranger’s score file was accepted');
    expect(describeFailure(result.error, 'en')).toContain('This score file comes from “Zoé (zoe)”');
  });
});
