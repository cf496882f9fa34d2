import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@core/documents/json';
import { createDeliberation } from '@core/documents/deliberation';
import type { Deliberation } from '@core/documents/formats/deliberation';
import { verifyBundle } from '@core/documents/bundle';
import type { BundleContext } from '@core/documents/bundle-context';
import { describeFailure, type JurydeskError } from '@core/errors';
import { verifyDeliberation } from '@core/verify';
import type { ZipInput } from '@core/container/zip';
import {
  handmadeContainer,
  mergedDeliberation,
  sampleBundle,
  sampleKeys,
  sampleScoreFile,
  type SampleKeys,
} from '../../support/fixtures';

let keys: SampleKeys;
let bundle: Awaited<ReturnType<typeof sampleBundle>>;
let context: BundleContext;
let ana: Blob;
let bruno: Blob;
let merged: Awaited<ReturnType<typeof mergedDeliberation>>;

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const entry = async (sha256: string, blob: Blob): Promise<ZipInput> => ({
  name: `inputs/${sha256}.juryscores`,
  data: await bytes(blob),
});

beforeAll(async () => {
  keys = await sampleKeys();
  bundle = await sampleBundle(keys);
  const opened = await verifyBundle(bundle.blob);
  if (!opened.ok) throw new Error(opened.error.code);
  context = opened.value;
  ana = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' })).blob;
  bruno = (
    await sampleScoreFile(
      bundle,
      keys.bruno,
      { id: 'bruno', name: 'Bruno' },
      {
        evaluations: [
          {
            applicationId: 'alpha',
            status: 'complete',
            scores: { impact: 3, team: 2, note: null },
            updatedAt: '2026-11-03T17:00:00Z',
          },
        ],
      },
    )
  ).blob;
  merged = await mergedDeliberation(bundle, keys.chair, [ana, bruno]);
});

function shaOf(jurorId: string): string {
  return merged.deliberation.inputs.find((input) => input.jurorId === jurorId)!.sha256;
}

/** The deliberation as the chair's key signs it, holding exactly the entries given. */
function container(document: Deliberation, extra: ZipInput[]): Promise<Blob> {
  return handmadeContainer({ kind: 'deliberation', document: canonicalJson(document), signer: keys.chair, extra });
}

async function refusal(file: Blob, withBundle = true): Promise<string> {
  const result = await verifyDeliberation(file, withBundle ? { bundle: context } : {});
  if (result.ok) throw new Error('accepted');
  return describeFailure(result.error, 'en');
}

describe('a deliberation carries the score files it used', () => {
  it('holds each under inputs/<sha256>.juryscores, and a verifier gets them back, checked', async () => {
    const result = await verifyDeliberation(merged.blob, { bundle: context });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.inputs.map((file) => file.juror.id)).toEqual(['ana', 'bruno']);
    const alone = await verifyDeliberation(merged.blob);
    expect(alone.ok).toBe(true);
  });

  it('is refused when a score file it cites is not inside', async () => {
    const file = await container(merged.deliberation, [await entry(shaOf('ana'), ana)]);
    for (const withBundle of [true, false])
      expect(await refusal(file, withBundle)).toBe(
        `The deliberation is inconsistent: it cites the score file inputs/${shaOf('bruno')}.juryscores but does not hold it. Ask the chair to export it again.`,
      );
  });

  it('is refused when it holds a score file it does not cite', async () => {
    const stray = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' }, { revision: 7 })).blob;
    const straySha = merged.accepted[0]!.sha256.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const file = await container(merged.deliberation, [
      await entry(shaOf('ana'), ana),
      await entry(shaOf('bruno'), bruno),
      await entry(straySha, stray),
    ]);
    expect(await refusal(file, false)).toContain(`it holds the score file inputs/${straySha}.juryscores`);
  });

  it('is refused when the bytes under a name are another file (a later revision swapped in)', async () => {
    const later = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' }, { revision: 2 })).blob;
    const file = await container(merged.deliberation, [
      await entry(shaOf('ana'), later),
      await entry(shaOf('bruno'), bruno),
    ]);
    expect(await refusal(file, false)).toContain('has other bytes than its name says');
  });

  it('is refused when a score file is not the juror, revision or key it cites', async () => {
    const document = {
      ...merged.deliberation,
      inputs: merged.deliberation.inputs.map((input) => (input.jurorId === 'ana' ? { ...input, revision: 3 } : input)),
    };
    const file = await container(document, [await entry(shaOf('ana'), ana), await entry(shaOf('bruno'), bruno)]);
    expect(await refusal(file, false)).toContain('is not from ana, revision 3');
  });

  it('is refused when a score file it holds is signed by someone else than its juror', async () => {
    const forged = (await sampleScoreFile(bundle, keys.stranger, { id: 'ana', name: 'Ana' })).blob;
    const { sha256Hex } = await import('@core/crypto/hash');
    const { fingerprint } = await import('@core/crypto/keys');
    const sha = await sha256Hex(await bytes(forged));
    // The citation agrees with the file: only the roster, which gives Ana's key, can tell it is not hers.
    const forger = await fingerprint(keys.stranger.publicKey);
    const document = {
      ...merged.deliberation,
      inputs: merged.deliberation.inputs.map((input) =>
        input.jurorId === 'ana' ? { ...input, sha256: sha, fingerprint: forger } : input,
      ),
    };
    expect(
      (
        await verifyDeliberation(
          await container(document, [await entry(sha, forged), await entry(shaOf('bruno'), bruno)]),
        )
      ).ok,
    ).toBe(true);
    const file = await container(document, [await entry(sha, forged), await entry(shaOf('bruno'), bruno)]);
    expect(await refusal(file, true)).toContain('is damaged or not signed by the juror it names');
  });

  it('is refused when a score file it holds was made for another bundle', async () => {
    const other = await sampleBundle(keys, { sequence: 2 });
    const elsewhere = (await sampleScoreFile(other, keys.ana, { id: 'ana', name: 'Ana' })).blob;
    const { sha256Hex } = await import('@core/crypto/hash');
    const sha = await sha256Hex(await bytes(elsewhere));
    const document = {
      ...merged.deliberation,
      inputs: merged.deliberation.inputs.map((input) => (input.jurorId === 'ana' ? { ...input, sha256: sha } : input)),
    };
    const file = await container(document, [await entry(sha, elsewhere), await entry(shaOf('bruno'), bruno)]);
    expect(await refusal(file, false)).toContain('was made for another bundle');
  });

  it('refuses a compressed score file and a name that is not a hash', async () => {
    const compressed = await container(merged.deliberation, [
      { ...(await entry(shaOf('ana'), ana)), compress: true },
      await entry(shaOf('bruno'), bruno),
    ]);
    expect(await refusal(compressed, false)).toContain('is compressed; Jurydesk stores them uncompressed');
    const misnamed = await container(merged.deliberation, [{ name: 'inputs/ana.juryscores', data: await bytes(ana) }]);
    expect(await refusal(misnamed, false)).toContain('“inputs/ana.juryscores” has a name Jurydesk does not accept');
  });
});

describe('a verifier with the bundle re-runs the merge the deliberation records', () => {
  it('refuses results altered and signed again with the chair’s own key, naming the application and the figure', async () => {
    const altered = {
      ...merged.deliberation,
      results: merged.deliberation.results.map((result) =>
        result.applicationId === 'alpha' ? { ...result, mean: (result.mean ?? 0) + 1 } : result,
      ),
    };
    const file = await container(altered, [await entry(shaOf('ana'), ana), await entry(shaOf('bruno'), bruno)]);
    // Without the bundle the arithmetic cannot be re-run (the criteria are in the bundle): signature and shape hold.
    expect((await verifyDeliberation(file)).ok).toBe(true);
    const original = merged.deliberation.results.find((result) => result.applicationId === 'alpha')!.mean!;
    expect(await refusal(file)).toBe(
      `The deliberation’s results are not those of the score files it holds: for “Alpha”, mean is ${original + 1} where the mean over its score files gives ${original}. Do not use it; ask the chair to sign it again from the desk.`,
    );
  });

  it('refuses a flag removed, and results claimed under another method', async () => {
    const flagless = {
      ...merged.deliberation,
      results: merged.deliberation.results.map((result) => ({ ...result, flags: [] })),
    };
    expect(merged.deliberation.results.some((result) => result.flags.length > 0)).toBe(true);
    const inputs = [await entry(shaOf('ana'), ana), await entry(shaOf('bruno'), bruno)];
    expect(await refusal(await container(flagless, inputs))).toMatch(/, flags is \[\] where the mean/);
    const median = { ...merged.deliberation, method: { aggregate: 'median', normalization: 'z-score' } as const };
    expect(await refusal(await container(median, inputs))).toContain('the median with z-score calibration');
  });

  it('accepts results recorded under a z-score method when they are what that method gives', async () => {
    const zScored = await mergedDeliberation(bundle, keys.chair, [ana, bruno], {
      method: { aggregate: 'mean', normalization: 'z-score' },
    });
    expect((await verifyDeliberation(zScored.blob, { bundle: context })).ok).toBe(true);
  });
});

describe('the chair cannot sign a deliberation without its inputs', () => {
  it('refuses to write one whose score files are missing, extra, or not the bytes cited', async () => {
    const content = { ...merged.deliberation, chair: { id: 'chair', name: 'Chloé Chair' } };
    const { format: _format, formatVersion: _version, ...unsigned } = content;
    await expect(createDeliberation(unsigned, keys.chair, [merged.accepted[0]!])).rejects.toMatchObject({
      code: 'deliberation.invalid',
      details: { reason: '@input-missing' },
    });
    await expect(
      createDeliberation(unsigned, keys.chair, [
        ...merged.accepted,
        { sha256: 'f'.repeat(64), source: new Uint8Array([1]) },
      ]),
    ).rejects.toMatchObject({ details: { reason: '@input-not-cited' } });
    await expect(
      createDeliberation(unsigned, keys.chair, [
        { sha256: merged.accepted[0]!.sha256, source: merged.accepted[1]!.source },
        merged.accepted[1]!,
      ]),
    ).rejects.toMatchObject({ details: { reason: '@input-hash' } });
  });
});

describe('each carried score file matches its citation in every part', () => {
  const cite = (jurorId: string, change: Partial<Deliberation['inputs'][number]>) => ({
    ...merged.deliberation,
    inputs: merged.deliberation.inputs.map((input) => (input.jurorId === jurorId ? { ...input, ...change } : input)),
  });
  const both = async () => [await entry(shaOf('ana'), ana), await entry(shaOf('bruno'), bruno)];

  it('the juror, and the key fingerprint, each on its own', async () => {
    expect(await refusal(await container(cite('ana', { jurorId: 'chair' }), await both()), false)).toContain(
      `the score file inputs/${shaOf('ana')}.juryscores it holds is not from chair, revision 1`,
    );
    const { fingerprint } = await import('@core/crypto/keys');
    const stranger = await fingerprint(keys.stranger.publicKey);
    expect(await refusal(await container(cite('ana', { fingerprint: stranger }), await both()), false)).toContain(
      `key ${stranger}, as it says`,
    );
  });

  it('names the file whose bytes are not its name, or not a score file at all', async () => {
    const later = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' }, { revision: 2 })).blob;
    const swapped = await container(merged.deliberation, [
      await entry(shaOf('ana'), later),
      await entry(shaOf('bruno'), bruno),
    ]);
    expect(await refusal(swapped, false)).toContain(`inputs/${shaOf('ana')}.juryscores has other bytes`);
    const garbage = new Blob(['not a score file']);
    const { sha256Hex } = await import('@core/crypto/hash');
    const sha = await sha256Hex(await bytes(garbage));
    const file = await container(cite('ana', { sha256: sha }), [
      await entry(sha, garbage),
      await entry(shaOf('bruno'), bruno),
    ]);
    expect(await refusal(file, false)).toBe(
      `The deliberation is inconsistent: the score file inputs/${sha}.juryscores it holds is damaged or not signed by the juror it names. Ask the chair to export it again.`,
    );
  });

  it('a score file for another call under the same bundle hash is another bundle’s', async () => {
    const otherCall = (
      await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' }, { call: { id: 'another-call' } })
    ).blob;
    const { sha256Hex } = await import('@core/crypto/hash');
    const sha = await sha256Hex(await bytes(otherCall));
    const file = await container(cite('ana', { sha256: sha }), [
      await entry(sha, otherCall),
      await entry(shaOf('bruno'), bruno),
    ]);
    expect(await refusal(file, false)).toContain(
      `the score file inputs/${sha}.juryscores it holds was made for another bundle`,
    );
  });

  it('the writer names the file it lacks, the one it was not asked to carry, and the one whose bytes differ', async () => {
    const {
      format: _format,
      formatVersion: _version,
      ...unsigned
    } = {
      ...merged.deliberation,
      chair: { id: 'chair', name: 'Chloé Chair' },
    };
    const [first, second] = merged.accepted as [(typeof merged.accepted)[0], (typeof merged.accepted)[0]];
    await expect(createDeliberation(unsigned, keys.chair, [first])).rejects.toMatchObject({
      details: { file: `inputs/${second.sha256}.juryscores` },
    });
    const stray = 'f'.repeat(64);
    await expect(
      createDeliberation(unsigned, keys.chair, [{ sha256: stray, source: new Uint8Array([1]) }, first, second]),
    ).rejects.toMatchObject({ details: { file: `inputs/${stray}.juryscores` } });
    await expect(
      createDeliberation(unsigned, keys.chair, [{ sha256: first.sha256, source: second.source }, second]),
    ).rejects.toMatchObject({ details: { file: `inputs/${first.sha256}.juryscores` } });
  });
});

describe('the results a deliberation records, one per application', () => {
  it('refuses a deliberation that leaves an application out, or gives one the bundle does not know', async () => {
    const { checkRecordedResults } = await import('@core/jury/recompute');
    const [alpha, ...others] = merged.deliberation.results;
    const missing = { ...merged.deliberation, results: others };
    expect(() => checkRecordedResults(missing, [], context.manifest)).toThrow(
      expect.objectContaining({
        code: 'deliberation.results-differ',
        details: expect.objectContaining({ application: 'Alpha', field: '@field-result', recorded: '@absent' }),
      }),
    );
    // Said in the reader's language, the figure and the method included.
    let refusal: unknown;
    try {
      checkRecordedResults(missing, [], context.manifest);
    } catch (error) {
      refusal = error;
    }
    expect(describeFailure(refusal as JurydeskError, 'fr')).toContain(
      'pour «\u202fAlpha\u202f», le résultat vaut absent alors que la moyenne sur ses fichiers de notes donne un résultat.',
    );
    expect(describeFailure(refusal as JurydeskError, 'en')).toContain(
      'for “Alpha”, the result is absent where the mean over its score files gives a result.',
    );
    const extra = {
      ...merged.deliberation,
      results: [...merged.deliberation.results, { ...alpha!, applicationId: 'omega' }],
    };
    const verified = await verifyDeliberation(merged.blob);
    if (!verified.ok) throw new Error(verified.error.code);
    expect(() => checkRecordedResults(extra, verified.value.inputs, context.manifest)).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ application: 'omega', field: '@field-result', computed: '@absent' }),
      }),
    );
  });
});

describe('one voice per key in a deliberation', () => {
  it('is refused when two of its jurors’ score files were signed by one key, with or without the bundle', async () => {
    const { sha256Hex } = await import('@core/crypto/hash');
    const { fingerprint } = await import('@core/crypto/keys');
    // Bruno has no key in the roster; his file here is signed with the chair's, scores raised.
    const brunoByChair = (
      await sampleScoreFile(
        bundle,
        keys.chair,
        { id: 'bruno', name: 'Bruno' },
        {
          evaluations: [
            {
              applicationId: 'alpha',
              status: 'complete',
              scores: { impact: 10, team: 5 },
              updatedAt: '2026-11-03T17:00:00Z',
            },
          ],
        },
      )
    ).blob;
    const sha = await sha256Hex(await bytes(brunoByChair));
    const chairFingerprint = await fingerprint(keys.chair.publicKey);
    const asBruno = {
      ...merged.deliberation,
      inputs: merged.deliberation.inputs.map((input) =>
        input.jurorId === 'bruno' ? { ...input, sha256: sha, fingerprint: chairFingerprint } : input,
      ),
    };
    const file = await container(asBruno, [await entry(shaOf('ana'), ana), await entry(sha, brunoByChair)]);
    // Against the bundle, the roster gives that key to the chair: the merge the deliberation records is refused.
    expect(await refusal(file, true)).toContain(`of Bruno is signed by the key the roster gives Chloé Chair`);

    // Two inputs signed by one key, whoever they claim to be: refused on the deliberation's own terms.
    const anaByChair = (await sampleScoreFile(bundle, keys.chair, { id: 'ana', name: 'Ana' })).blob;
    const anaSha = await sha256Hex(await bytes(anaByChair));
    const twice = {
      ...asBruno,
      inputs: asBruno.inputs.map((input) =>
        input.jurorId === 'ana' ? { ...input, sha256: anaSha, fingerprint: chairFingerprint } : input,
      ),
    };
    const shared = await container(twice, [await entry(anaSha, anaByChair), await entry(sha, brunoByChair)]);
    expect(await refusal(shared, false)).toContain(`signed by one key, ${chairFingerprint}`);
  });
});
