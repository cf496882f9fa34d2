import { beforeAll, describe, expect, it } from 'vitest';
import { applyDeclaration, type ReceivedDeclaration } from '@core/calls/declarations';
import { utf8 } from '@core/crypto/bytes';
import { formatPublicKey, type KeyPair } from '@core/crypto/keys';
import { NAMESPACES, signMessage } from '@core/crypto/sshsig';
import { assembleDeclaration, verifyDeclaration, type UnsignedDeclaration } from '@core/documents/declaration';
import { canonicalJson } from '@core/documents/json';
import { verifyBundle, type UnsignedManifest } from '@core/documents/bundle';
import { checkBundleSuccession } from '@core/documents/succession';
import { describeFailure, type Failure } from '@core/errors';
import { verifyAnyFile } from '@core/verify/any-file';
import { handmadeContainer, sampleBundle, sampleKeys, type SampleKeys } from '../../support/fixtures';
import { sshVerify } from '../../support/ssh-keygen';
import { repack, unpack } from '../../support/zip-surgery';

let keys: SampleKeys;
let bundle: Awaited<ReturnType<typeof sampleBundle>>;
beforeAll(async () => {
  keys = await sampleKeys();
  bundle = await sampleBundle(keys);
});

const content = (overrides: Partial<UnsignedDeclaration> = {}): UnsignedDeclaration => ({
  call: { id: bundle.manifest.call.id },
  bundle: { sequence: bundle.manifest.sequence, manifestSha256: bundle.manifestSha256 },
  juror: { id: 'ana', name: 'Ana' },
  revision: 1,
  exportedAt: '2026-11-01T09:00:00Z',
  interests: [{ applicationId: 'alpha', reason: 'I mentored its founder' }],
  ...overrides,
});

const declare = async (overrides: Partial<UnsignedDeclaration> = {}, signer: KeyPair = keys.ana) =>
  assembleDeclaration(content(overrides), formatPublicKey(signer.publicKey), (bytes) =>
    signMessage(signer, NAMESPACES.declaration, bytes),
  );

/** A declaration our writer would refuse, signed all the same, to show the reader refuses it too. */
const handmade = (document: object, signer: KeyPair = keys.ana, namespace?: string) =>
  handmadeContainer({
    kind: 'declaration',
    document: canonicalJson({ format: 'jurydesk.declaration', formatVersion: 1, ...document }),
    signer,
    ...(namespace ? { namespace: namespace as never } : {}),
  });

const receive = (source: Blob, knownKeyOf?: (jurorId: string) => KeyPair['publicKey'] | undefined) =>
  verifyDeclaration(source, {
    bundleOf: (sha256) => (sha256 === bundle.manifestSha256 ? bundle : undefined),
    ...(knownKeyOf ? { knownKeyOf } : {}),
  });

function expectOneSentence(error: Failure) {
  for (const language of ['en', 'fr'] as const) {
    const sentence = describeFailure(error, language);
    expect(sentence).not.toMatch(/\{\w+\}|undefined|Error:|at .*\.ts/);
    expect(sentence.length).toBeLessThan(400);
  }
}

describe('a declaration of interests', () => {
  it('is verified by ssh-keygen in its own namespace, and by Jurydesk against the version it cites', async () => {
    const { blob, declaration } = await declare();
    const entries = await unpack(blob);
    const document = entries.find((entry) => entry.name === 'declaration.json')!.data as Uint8Array;
    const signature = new TextDecoder().decode(
      entries.find((entry) => entry.name === 'declaration.json.sig')!.data as Uint8Array,
    );
    const allowed = `ana namespaces="${NAMESPACES.declaration}" ${formatPublicKey(keys.ana.publicKey)}\n`;
    const check = (namespace: string) =>
      sshVerify({ allowedSigners: allowed, principal: 'ana', namespace, signature, message: document });
    expect(check('jurydesk-declaration-v1').status).toBe(0);
    expect(check(NAMESPACES.scores).status).not.toBe(0);
    const verified = await receive(blob);
    expect(verified.ok && verified.value.declaration).toEqual(declaration);
    expect(verified.ok && verified.value.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says the version it was made on, and that version only', async () => {
    const lying = await receive(
      (await declare({ bundle: { sequence: 7, manifestSha256: bundle.manifestSha256 } })).blob,
    );
    expect(!lying.ok && describeFailure(lying.error, 'en')).toContain(
      'it says it was made on version 7, but the manifest it cites is version 1',
    );
  });

  it('may declare no interest at all, which is an answer too', async () => {
    const verified = await receive((await declare({ interests: [] })).blob);
    expect(verified.ok && verified.value.declaration.interests).toEqual([]);
  });

  it('is named for what it is by the file checker, and checked against a bundle when one is given', async () => {
    const { blob } = await declare();
    const any = await verifyAnyFile(blob);
    expect(any.ok && any.value.kind).toBe('declaration');
    const against = await verifyAnyFile(
      (await declare({ bundle: { sequence: 1, manifestSha256: 'f'.repeat(64) } })).blob,
      {
        bundle,
      },
    );
    expect(!against.ok && against.error).toEqual({
      code: 'declaration.other-version',
      details: { sequence: 1, actual: 'f'.repeat(12) },
    });
    const matching = await verifyAnyFile(blob, { bundle });
    expect(matching.ok).toBe(true);
  });

  it('is never written with one application declared twice', async () => {
    const twice = [{ applicationId: 'alpha' }, { applicationId: 'alpha', reason: 'again' }];
    await expect(declare({ interests: twice })).rejects.toMatchObject({ code: 'declaration.invalid' });
  });
});

describe('a hostile declaration of interests', () => {
  const cases: [string, () => Promise<Blob>, string][] = [
    [
      'tampered bytes',
      async () =>
        repack((await declare()).blob, (entries) =>
          entries.map((entry) =>
            entry.name === 'declaration.json'
              ? { ...entry, data: utf8(new TextDecoder().decode(entry.data as Uint8Array).replace('alpha', 'beta')) }
              : entry,
          ),
        ),
      'signature.invalid',
    ],
    [
      'signed by another key than it names',
      async () =>
        handmade(
          { ...content(), juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(keys.ana.publicKey) } },
          keys.chair,
        ),
      'signature.key-mismatch',
    ],
    [
      'signed with a key the roster does not give',
      async () => (await declare({}, keys.chair)).blob,
      'declaration.signer-mismatch',
    ],
    [
      'signed in the score files’ namespace',
      async () =>
        handmade(
          { ...content(), juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(keys.ana.publicKey) } },
          keys.ana,
          NAMESPACES.scores,
        ),
      'signature.wrong-namespace',
    ],
    [
      'made on a bundle this call never had',
      async () => (await declare({ bundle: { sequence: 1, manifestSha256: 'a'.repeat(64) } })).blob,
      'declaration.unknown-version',
    ],
    ['for another call', async () => (await declare({ call: { id: 'another-call' } })).blob, 'declaration.other-call'],
    [
      'from someone off the roster',
      async () => (await declare({ juror: { id: 'zoe', name: 'Zoé' } })).blob,
      'declaration.unknown-juror',
    ],
    [
      'naming an application the call does not have',
      async () => (await declare({ interests: [{ applicationId: 'omega' }] })).blob,
      'declaration.invalid',
    ],
    [
      'declaring one application twice',
      async () =>
        handmade({
          ...content({ interests: [{ applicationId: 'alpha' }, { applicationId: 'alpha' }] }),
          juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(keys.ana.publicKey) },
        }),
      'declaration.invalid',
    ],
    [
      'of a format version to come',
      async () =>
        handmade({
          ...content(),
          formatVersion: 2,
          juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(keys.ana.publicKey) },
        }),
      'document.unsupported-version',
    ],
    [
      'not JSON',
      async () => handmadeContainer({ kind: 'declaration', document: '{"interests": [', signer: keys.ana }),
      'json.invalid',
    ],
    ['not a zip', async () => new Blob([utf8('PK\u0003\u0004 not really a zip')]), 'container.not-zip'],
    [
      'a score file',
      async () => handmadeContainer({ kind: 'scores', document: '{}', signer: keys.ana }),
      'container.wrong-kind',
    ],
    [
      'larger than a declaration may be',
      async () => new Blob([new Uint8Array(9 * 1024 * 1024)]),
      'container.file-too-large',
    ],
    [
      'with a path that climbs out of its folder',
      async () =>
        repack((await declare()).blob, (entries) => [...entries, { name: '../../.bashrc', data: utf8('echo pwned') }]),
      'container.unsafe-path',
    ],
    [
      'with its document twice',
      async () =>
        repack((await declare()).blob, (entries) => [...entries, { name: 'DECLARATION.json', data: utf8('{}') }]),
      'container.duplicate-entry',
    ],
    [
      'with an entry of its own',
      async () => repack((await declare()).blob, (entries) => [...entries, { name: 'files/x.pdf', data: utf8('x') }]),
      'container.unlisted-entry',
    ],
  ];

  it('says which bundle, which juror and which application it does not know', async () => {
    const sha = 'a'.repeat(12) + 'b'.repeat(52);
    const unknown = await receive((await declare({ bundle: { sequence: 1, manifestSha256: sha } })).blob);
    expect(!unknown.ok && unknown.error.details).toEqual({ actual: 'a'.repeat(12) });
    const stranger = await receive((await declare({ juror: { id: 'zoe', name: 'Zoé' } })).blob);
    expect(!stranger.ok && stranger.error.details).toEqual({ juror: 'Zoé (zoe)' });
    const omega = await receive((await declare({ interests: [{ applicationId: 'omega' }] })).blob);
    expect(!omega.ok && describeFailure(omega.error, 'en')).toContain('it names the unknown application “omega”');
    const twice = await declare({ interests: [{ applicationId: 'alpha' }, { applicationId: 'alpha' }] }).catch(
      (error: Failure) => error,
    );
    expect(describeFailure(twice as Failure, 'en')).toContain('it declares an interest in “alpha” twice');
  });

  it.each(cases)('%s is refused in one sentence', async (_name, make, code) => {
    const result = await receive(await make());
    expect(!result.ok && result.error.code).toBe(code);
    if (!result.ok) expectOneSentence(result.error);
  });

  it('from a juror the roster gives no key: the key staff know for them decides', async () => {
    const { blob } = await declare({ juror: { id: 'bruno', name: 'Bruno' } }, keys.bruno);
    expect((await receive(blob)).ok).toBe(true);
    expect((await receive(blob, () => keys.bruno.publicKey)).ok).toBe(true);
    const other = await receive(blob, () => keys.chair.publicKey);
    expect(!other.ok && other.error.code).toBe('declaration.signer-mismatch');
  });
});

describe('declarations joining the call’s conflicts', () => {
  const staffs = [{ jurorId: 'ana', applicationId: 'beta', reason: 'Staff know' }];
  const received = (revision: number, interests: ReceivedDeclaration['interests'], fileSha256 = `sha-${revision}`) => ({
    jurorId: 'ana',
    jurorName: 'Ana',
    revision,
    fileSha256,
    signerFingerprint: 'SHA256:ana',
    signerPublicKey: 'ssh-ed25519 AAAAana',
    interests,
  });

  it('add what staff had not written, with the juror’s reason, and remember what they added', () => {
    const first = applyDeclaration(
      staffs,
      undefined,
      received(1, [{ applicationId: 'alpha', reason: ' Former employer ' }, { applicationId: 'beta' }]),
    );
    expect(first.conflicts).toEqual([...staffs, { jurorId: 'ana', applicationId: 'alpha', reason: 'Former employer' }]);
    expect(first.declaration.added).toEqual(['alpha']);
  });

  it('a later revision withdraws what the earlier one added, never what staff wrote', () => {
    const first = applyDeclaration(
      staffs,
      undefined,
      received(1, [{ applicationId: 'alpha' }, { applicationId: 'beta' }]),
    );
    const second = applyDeclaration(
      first.conflicts,
      first.declaration,
      received(2, [{ applicationId: 'gamma', reason: '' }]),
    );
    expect(second.conflicts).toEqual([...staffs, { jurorId: 'ana', applicationId: 'gamma' }]);
    expect(second.declaration).toMatchObject({ revision: 2, added: ['gamma'] });
  });

  it('leaves other jurors’ conflicts alone, even on the same application', () => {
    const others = [{ jurorId: 'bruno', applicationId: 'alpha' }];
    const first = applyDeclaration(others, undefined, received(1, [{ applicationId: 'alpha' }]));
    expect(first.conflicts).toEqual([...others, { jurorId: 'ana', applicationId: 'alpha' }]);
    expect(first.declaration.added).toEqual(['alpha']);
    const second = applyDeclaration(first.conflicts, first.declaration, received(2, []));
    expect(second.conflicts).toEqual(others);
  });

  it('takes the same file twice as once, even after staff removed a conflict it added', () => {
    const first = applyDeclaration([], undefined, received(1, [{ applicationId: 'alpha' }, { applicationId: 'beta' }]));
    const removed = first.conflicts.filter((conflict) => conflict.applicationId !== 'beta');
    const again = applyDeclaration(
      removed,
      first.declaration,
      received(1, [{ applicationId: 'alpha' }, { applicationId: 'beta' }]),
    );
    expect(again.conflicts).toEqual(removed);
    expect(again.declaration).toBe(first.declaration);
  });

  it('refuses a later revision signed with another key than the juror declared with', () => {
    const first = applyDeclaration([], undefined, received(1, [{ applicationId: 'alpha' }]));
    const forged = { ...received(2, []), signerPublicKey: 'ssh-ed25519 AAAAother', signerFingerprint: 'SHA256:other' };
    expect(() => applyDeclaration(first.conflicts, first.declaration, forged)).toThrow(
      expect.objectContaining({
        code: 'declaration.signer-mismatch',
        details: { juror: 'Ana', actual: 'SHA256:other', expected: 'SHA256:ana' },
      }),
    );
  });

  it('keeps no reason made of spaces only', () => {
    const { conflicts } = applyDeclaration([], undefined, received(1, [{ applicationId: 'alpha', reason: '   ' }]));
    expect(conflicts).toEqual([{ jurorId: 'ana', applicationId: 'alpha' }]);
  });

  it('takes the same file twice as once, and refuses an older revision or a replayed number with other content', () => {
    const first = applyDeclaration([], undefined, received(2, [{ applicationId: 'alpha' }]));
    expect(
      applyDeclaration(first.conflicts, first.declaration, received(2, [{ applicationId: 'alpha' }])).conflicts,
    ).toEqual(first.conflicts);
    expect(() => applyDeclaration(first.conflicts, first.declaration, received(1, []))).toThrow(
      expect.objectContaining({ code: 'declaration.not-newer', details: { juror: 'Ana', revision: 1, current: 2 } }),
    );
    expect(() => applyDeclaration(first.conflicts, first.declaration, received(2, [], 'other bytes'))).toThrow(
      expect.objectContaining({ code: 'declaration.revision-differs', details: { juror: 'Ana', revision: 2 } }),
    );
  });
});

describe('version 0 of a call, for declarations of interests', () => {
  const namesOnly = [
    { id: 'alpha', name: 'Alpha', summary: 'Regional food hub' },
    { id: 'beta', name: 'Beta' },
  ];
  const versionZero = (overrides: Partial<UnsignedManifest> = {}) =>
    sampleBundle(keys, { sequence: 0, applications: namesOnly, conflicts: [], ...overrides });

  it('is signed and verified with the applications’ names and summaries only', async () => {
    const verified = await verifyBundle((await versionZero()).blob);
    expect(verified.ok && verified.value.manifest.sequence).toBe(0);
    expect(verified.ok && verified.value.attachments).toEqual([]);
  });

  it('may be followed by a version 1 that hands the call over to a new key', async () => {
    const zero = await versionZero();
    const handedOver = await sampleBundle(
      keys,
      {
        sequence: 1,
        previousManifestSha256: zero.manifestSha256,
        handover: { previousIssuerPublicKey: formatPublicKey(keys.staff.publicKey) },
      },
      keys.stranger,
    );
    expect((await verifyBundle(handedOver.blob)).ok).toBe(true);
  });

  it('is followed by version 1 on a juror’s laptop, and a declaration made on it is received', async () => {
    const zero = await versionZero();
    const one = await verifyBundle(
      (await sampleBundle(keys, { sequence: 1, previousManifestSha256: zero.manifestSha256 })).blob,
    );
    if (!one.ok) throw new Error(one.error.code);
    const laptop = { manifest: zero.manifest, pinnedIssuerKey: formatPublicKey(keys.staff.publicKey) };
    await expect(checkBundleSuccession(laptop, one.value)).resolves.toBeNull();
    const { blob } = await declare({ bundle: { sequence: 0, manifestSha256: zero.manifestSha256 } });
    const received = await verifyDeclaration(blob, {
      bundleOf: (sha) => (sha === zero.manifestSha256 ? zero : undefined),
    });
    expect(received.ok).toBe(true);
  });

  it.each([
    ['an attachment', { applications: [{ ...namesOnly[0]!, attachments: [] }] }, 'shows more of “alpha” than a name'],
    [
      'facts',
      { applications: [namesOnly[1]!, { id: 'gamma', name: 'Gamma', fields: { region: 'Bretagne' } }] },
      '“gamma”',
    ],
    ['answers', { applications: [{ id: 'delta', name: 'Delta', answers: [] }] }, '“delta”'],
    ['assignments', { assignments: [{ jurorId: 'ana', applicationIds: ['alpha'] }] }, 'assigns applications'],
    ['a version before it', { previousManifestSha256: 'c'.repeat(64) }, 'cites a version before it'],
    ['a hand-over', { handover: { previousIssuerPublicKey: '' } }, 'changes hands'],
  ] as [string, Partial<UnsignedManifest>, string][])('with %s cannot be made', async (_name, overrides, words) => {
    const patch =
      'handover' in overrides
        ? { handover: { previousIssuerPublicKey: formatPublicKey(keys.stranger.publicKey) } }
        : overrides;
    const failure = await versionZero(patch).then(
      () => null,
      (error: Failure) => error,
    );
    expect(failure?.code).toBe('bundle.invalid');
    expect(describeFailure(failure!, 'en')).toContain(words);
  });
});
