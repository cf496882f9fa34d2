import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatPublicKey } from '@core/crypto/keys';
import { mergeScoreFiles, type MergeReport, type ScoreFileInput } from '@core/jury/merge';
import type { VerifiedScoreFile } from '@core/documents/scorefile';
import type { Evaluation } from '@core/documents/formats/scores';
import { sampleBundle, sampleKeys, sampleScoreFile, type SampleKeys } from '../../support/fixtures';

let keys: SampleKeys;
let bundle: Awaited<ReturnType<typeof sampleBundle>>;
let files: Record<string, ScoreFileInput>;

beforeAll(async () => {
  keys = await sampleKeys();
  bundle = await sampleBundle(keys);
  const make = async (
    name: string,
    signer: keyof SampleKeys,
    juror: { id: string; name: string },
    revision: number,
    impact = 7.5,
  ) => ({
    name,
    source: (
      await sampleScoreFile(bundle, keys[signer], juror, {
        revision,
        evaluations: [
          {
            applicationId: 'alpha',
            status: 'complete',
            scores: { impact, team: 4 },
            updatedAt: '2026-11-03T17:00:00Z',
          },
        ],
      })
    ).blob,
  });
  files = {
    anaR1: await make('ana-r1.juryscores', 'ana', { id: 'ana', name: 'Ana' }, 1),
    anaR2: await make('ana-r2.juryscores', 'ana', { id: 'ana', name: 'Ana' }, 2),
    chairR1: await make('chair-r1.juryscores', 'chair', { id: 'chair', name: 'Chloé Chair' }, 1),
    brunoR1: await make('bruno-r1.juryscores', 'bruno', { id: 'bruno', name: 'Bruno' }, 1),
    brunoImpostor: await make('bruno-other-key.juryscores', 'stranger', { id: 'bruno', name: 'Bruno' }, 2),
    chairR3a: await make('chair-r3-a.juryscores', 'chair', { id: 'chair', name: 'Chloé Chair' }, 3, 5),
    chairR3b: await make('chair-r3-b.juryscores', 'chair', { id: 'chair', name: 'Chloé Chair' }, 3, 9),
    stranger: await make('zoe.juryscores', 'stranger', { id: 'zoe', name: 'Zoé' }, 1),
  };
});

function summary(report: MergeReport) {
  return {
    accepted: report.accepted.map((file) => `${file.jurorId}@${file.revision}`).sort(),
    ignored: report.ignored.map(({ file, keptRevision }) => `${file.jurorId}@${file.revision}<${keptRevision}`).sort(),
    refused: report.refused.map(({ name, failure }) => `${name}:${failure.code}`).sort(),
    equivocations: report.equivocations
      .map(({ jurorId, revision, files: both }) => `${jurorId}@${revision}x${both.length}`)
      .sort(),
    unconfirmed: report.unconfirmed.map((file) => `${file.jurorId}:${file.fingerprint}`).sort(),
  };
}

describe('merging score files (docs/DESIGN.md §2)', () => {
  it('keeps the highest revision per juror and ignores lower ones with a notice', async () => {
    const report = await mergeScoreFiles([files.anaR1!, files.anaR2!, files.chairR1!], { bundle });
    expect(summary(report)).toMatchObject({ accepted: ['ana@2', 'chair@1'], ignored: ['ana@1<2'], refused: [] });
  });

  it('refuses both files of an equivocation and uses neither', async () => {
    const report = await mergeScoreFiles([files.chairR1!, files.chairR3a!, files.chairR3b!], { bundle });
    expect(summary(report)).toMatchObject({ accepted: [], equivocations: ['chair@3x2'] });
  });

  it('refuses a juror not on the roster, naming the file', async () => {
    const report = await mergeScoreFiles([files.stranger!], { bundle });
    expect(summary(report).refused).toEqual(['zoe.juryscores:scores.unknown-juror']);
  });

  it('sets aside a juror the roster gives no key for until the chair confirms it, then holds them to that key', async () => {
    const first = await mergeScoreFiles([files.brunoR1!], { bundle });
    expect(first.accepted).toEqual([]);
    expect(first.unconfirmed.map((file) => file.jurorId)).toEqual(['bruno']);
    const confirmed = await mergeScoreFiles([files.brunoR1!, files.brunoImpostor!], {
      bundle,
      confirmedKeys: { bruno: formatPublicKey(keys.bruno.publicKey) },
    });
    expect(summary(confirmed)).toMatchObject({
      accepted: ['bruno@1'],
      refused: ['bruno-other-key.juryscores:scores.signer-mismatch'],
    });
  });

  it('does not depend on the order of the files, and a file imported twice changes nothing', async () => {
    const pool = [
      files.anaR1!,
      files.anaR2!,
      files.chairR1!,
      files.chairR3a!,
      files.chairR3b!,
      files.brunoR1!,
      files.stranger!,
    ];
    const confirmedKeys = { bruno: formatPublicKey(keys.bruno.publicKey) };
    const reference = summary(await mergeScoreFiles(pool, { bundle, confirmedKeys }));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }),
        fc.array(fc.nat(pool.length - 1), { maxLength: 4 }),
        async (shuffled, duplicates) => {
          const withDuplicates = [...shuffled, ...duplicates.map((index) => pool[index]!)];
          const result = summary(await mergeScoreFiles(withDuplicates, { bundle, confirmedKeys }));
          expect(result).toEqual(reference);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('merges again from files it already verified with the same outcome, and remembers only files that passed', async () => {
    const pool = [files.anaR1!, files.anaR2!, files.chairR1!, files.stranger!];
    const verified = new Map<string, VerifiedScoreFile>();
    const first = await mergeScoreFiles(pool, { bundle, verified });
    expect(verified.size).toBe(3);
    const again = await mergeScoreFiles(pool, { bundle, verified });
    expect(summary(again)).toEqual(summary(first));
    expect(again.accepted[0]!.scoreFile).toBe(first.accepted[0]!.scoreFile);
    const otherBundle = await mergeScoreFiles(pool, {
      bundle: { ...bundle, manifestSha256: '0'.repeat(64) },
      verified,
    });
    expect(otherBundle.accepted).toEqual([]);
    expect(summary(otherBundle).refused).toContain('ana-r1.juryscores:scores.wrong-bundle');
  });

  it('refuses a file far too large to be a score file without reading it into memory whole', async () => {
    const large = new Blob([new Uint8Array(17 * 1024 * 1024)]);
    const arrayBuffer = vi.spyOn(large, 'arrayBuffer');
    const report = await mergeScoreFiles([{ name: 'video.juryscores', source: large }, files.anaR1!], { bundle });
    expect(summary(report)).toMatchObject({ accepted: ['ana@1'], refused: ['video.juryscores:container.not-zip'] });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('one voice per key, and only what was assigned', () => {
  const scored = (applicationId: string): Evaluation => ({
    applicationId,
    status: 'complete',
    scores: { impact: 9, team: 5 },
    updatedAt: '2026-11-03T17:00:00Z',
  });
  const file = async (
    target: Awaited<ReturnType<typeof sampleBundle>>,
    name: string,
    signer: keyof SampleKeys,
    juror: { id: string; name: string },
    evaluations = [scored('alpha')],
  ): Promise<ScoreFileInput> => ({
    name,
    source: (await sampleScoreFile(target, keys[signer], juror, { evaluations })).blob,
  });

  it('refuses a keyless juror’s file signed with a key the roster gives another juror, before the chair is asked to confirm it', async () => {
    for (const signer of ['chair', 'ana'] as const) {
      const forged = await file(bundle, `bruno-by-${signer}.juryscores`, signer, { id: 'bruno', name: 'Bruno' });
      const report = await mergeScoreFiles([forged], { bundle, trustOnFirstUse: true });
      expect(summary(report)).toMatchObject({
        accepted: [],
        unconfirmed: [],
        refused: [`bruno-by-${signer}.juryscores:scores.shared-key`],
      });
      expect(report.refused[0]!.failure.details).toMatchObject({
        juror: 'Bruno',
        other: signer === 'chair' ? 'Chloé Chair' : 'Ana',
      });
    }
  });

  it('counts neither of two keyless jurors whose files one key signed, however their keys were trusted', async () => {
    const twoKeyless = await sampleBundle(keys, {
      jurors: [
        { id: 'chair', name: 'Chloé Chair', role: 'chair', publicKey: formatPublicKey(keys.chair.publicKey) },
        { id: 'bruno', name: 'Bruno', role: 'juror' },
        { id: 'cleo', name: 'Cléo', role: 'juror' },
      ],
      conflicts: [],
    });
    const bruno = await file(twoKeyless, 'bruno.juryscores', 'stranger', { id: 'bruno', name: 'Bruno' });
    const cleo = await file(twoKeyless, 'cleo.juryscores', 'stranger', { id: 'cleo', name: 'Cléo' });
    const trusted = await mergeScoreFiles([bruno, cleo], { bundle: twoKeyless, trustOnFirstUse: true });
    expect(summary(trusted)).toMatchObject({
      accepted: [],
      refused: ['bruno.juryscores:scores.shared-key', 'cleo.juryscores:scores.shared-key'],
    });
    const stranger = formatPublicKey(keys.stranger.publicKey);
    const confirmedForOne = await mergeScoreFiles([bruno, cleo], {
      bundle: twoKeyless,
      confirmedKeys: { bruno: stranger },
    });
    expect(summary(confirmedForOne)).toMatchObject({
      accepted: ['bruno@1'],
      refused: ['cleo.juryscores:scores.shared-key'],
    });
    const confirmedForBoth = await mergeScoreFiles([bruno, cleo], {
      bundle: twoKeyless,
      confirmedKeys: { bruno: stranger, cleo: stranger },
    });
    expect(summary(confirmedForBoth).accepted).toEqual(['bruno@1']);
  });

  it('refuses a score on an application staff did not assign to the juror; unscored notes and recusals pass', async () => {
    const assigned = await sampleBundle(keys, {
      assignments: [
        { jurorId: 'ana', applicationIds: ['alpha'] },
        { jurorId: 'chair', applicationIds: ['alpha', 'beta'] },
      ],
    });
    const outside = await file(assigned, 'ana-beta.juryscores', 'ana', { id: 'ana', name: 'Ana' }, [
      scored('alpha'),
      scored('beta'),
    ]);
    const report = await mergeScoreFiles([outside], { bundle: assigned });
    expect(summary(report).refused).toEqual(['ana-beta.juryscores:scores.invalid']);
    expect(report.refused[0]!.failure.details).toMatchObject({ reason: '@not-assigned', application: 'Beta' });
    const unscored = await file(assigned, 'ana-ok.juryscores', 'ana', { id: 'ana', name: 'Ana' }, [
      scored('alpha'),
      { applicationId: 'beta', status: 'draft', scores: { impact: null }, updatedAt: '2026-11-03T17:00:00Z' },
      { applicationId: 'gamma', status: 'recused', scores: {}, updatedAt: '2026-11-03T17:00:00Z' },
    ]);
    expect(summary(await mergeScoreFiles([unscored], { bundle: assigned })).accepted).toEqual(['ana@1']);
    // A juror the assignments leave out reviews nothing.
    const brunoKeyed = await file(assigned, 'bruno.juryscores', 'bruno', { id: 'bruno', name: 'Bruno' });
    const brunoReport = await mergeScoreFiles([brunoKeyed], {
      bundle: assigned,
      confirmedKeys: { bruno: formatPublicKey(keys.bruno.publicKey) },
    });
    expect(summary(brunoReport).refused).toEqual(['bruno.juryscores:scores.invalid']);
  });
});

describe('the keys of jurors the roster gives none for', () => {
  const evaluation = (impact: number) => ({
    applicationId: 'alpha',
    status: 'complete' as const,
    scores: { impact, team: 4 },
    updatedAt: '2026-11-03T17:00:00Z',
  });
  const fileOf = async (
    of: { manifestSha256: string },
    name: string,
    signer: keyof SampleKeys,
    juror: { id: string; name: string },
    revision: number,
    impact = 7.5,
  ): Promise<ScoreFileInput> => ({
    name,
    source: (await sampleScoreFile(of, keys[signer], juror, { revision, evaluations: [evaluation(impact)] })).blob,
  });
  const bruno = { id: 'bruno', name: 'Bruno' };

  it('trusts the key of the first revision on first use, and refuses a later one signed with another', async () => {
    const first = await fileOf(bundle, 'bruno-r1.juryscores', 'bruno', bruno, 1);
    const second = await fileOf(bundle, 'bruno-r2.juryscores', 'stranger', bruno, 2);
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      const report = await mergeScoreFiles(order, { bundle, trustOnFirstUse: true });
      expect(summary(report)).toMatchObject({
        accepted: ['bruno@1'],
        refused: ['bruno-r2.juryscores:scores.signer-mismatch'],
      });
      expect(report.refused[0]!.failure.details).toEqual({
        juror: 'Bruno',
        actual: expect.stringMatching(/^SHA256:/),
        expected: expect.stringMatching(/^SHA256:/),
      });
      expect(report.refused[0]!.failure.details.actual).not.toBe(report.refused[0]!.failure.details.expected);
    }
  });

  it('lists a key waiting for confirmation once, with its latest file first, whatever the revisions it signed', async () => {
    const files = [
      await fileOf(bundle, 'bruno-r1.juryscores', 'bruno', bruno, 1),
      await fileOf(bundle, 'bruno-r2.juryscores', 'bruno', bruno, 2),
      await fileOf(bundle, 'bruno-r3.juryscores', 'stranger', bruno, 3),
    ];
    const report = await mergeScoreFiles(files, { bundle });
    expect(report.unconfirmed.map((file) => `${file.name}`)).toEqual(['bruno-r3.juryscores', 'bruno-r2.juryscores']);
    expect(report.accepted).toEqual([]);
  });

  it('counts nothing from a juror whose every file another key signed than the one confirmed', async () => {
    const report = await mergeScoreFiles([await fileOf(bundle, 'bruno-r1.juryscores', 'stranger', bruno, 1)], {
      bundle,
      confirmedKeys: { bruno: formatPublicKey(keys.bruno.publicKey) },
    });
    expect(summary(report)).toMatchObject({
      accepted: [],
      ignored: [],
      refused: ['bruno-r1.juryscores:scores.signer-mismatch'],
    });
  });

  it('never lists as ignored a lower revision that was itself equivocal', async () => {
    const files = [
      await fileOf(bundle, 'ana-r1-a.juryscores', 'ana', { id: 'ana', name: 'Ana' }, 1, 5),
      await fileOf(bundle, 'ana-r1-b.juryscores', 'ana', { id: 'ana', name: 'Ana' }, 1, 9),
      await fileOf(bundle, 'ana-r2.juryscores', 'ana', { id: 'ana', name: 'Ana' }, 2),
    ];
    const report = await mergeScoreFiles(files, { bundle });
    expect(summary(report)).toMatchObject({ accepted: ['ana@2'], ignored: [], equivocations: ['ana@1x2'] });
  });

  it('refuses both jurors whose files one key signed, each naming the other', async () => {
    const twoKeyless = await sampleBundle(keys, {
      jurors: [
        { id: 'chair', name: 'Chloé Chair', role: 'chair', publicKey: formatPublicKey(keys.chair.publicKey) },
        { id: 'bruno', name: 'Bruno', role: 'juror' },
        { id: 'cleo', name: 'Cléo', role: 'juror' },
      ],
      conflicts: [],
    });
    const report = await mergeScoreFiles(
      [
        await fileOf(twoKeyless, 'bruno.juryscores', 'stranger', bruno, 1),
        await fileOf(twoKeyless, 'cleo.juryscores', 'stranger', { id: 'cleo', name: 'Cléo' }, 1),
      ],
      { bundle: twoKeyless, trustOnFirstUse: true },
    );
    expect(report.accepted).toEqual([]);
    expect(
      report.refused.map(({ name, failure }) => [name, failure.code, failure.details.juror, failure.details.other]),
    ).toEqual([
      ['bruno.juryscores', 'scores.shared-key', 'Bruno', 'Cléo'],
      ['cleo.juryscores', 'scores.shared-key', 'Cléo', 'Bruno'],
    ]);
  });

  it('names a key confirmed for a juror no longer on the roster by that juror’s id', async () => {
    const report = await mergeScoreFiles([await fileOf(bundle, 'bruno-r1.juryscores', 'stranger', bruno, 1)], {
      bundle,
      confirmedKeys: { 'former-juror': formatPublicKey(keys.stranger.publicKey) },
    });
    expect(report.refused[0]!.failure).toMatchObject({
      code: 'scores.shared-key',
      details: { juror: 'Bruno', other: 'former-juror' },
    });
  });
});
