import { utf8 } from '@core/crypto/bytes';
import { LIMITS, type ContainerLimits, type FileKind } from '@core/container/kinds';
import type { ErrorCode } from '@core/errors';
import { NAMESPACES } from '@core/crypto/sshsig';
import { canonicalJson } from '@core/documents/json';
import { formatPublicKey, type KeyPair } from '@core/crypto/keys';
import { createBundle, type UnsignedManifest } from '@core/documents/bundle';
import type { UnsignedDeliberation } from '@core/documents/deliberation';
import { sha256Hex } from '@core/crypto/hash';
import {
  bytesOf,
  handmadeContainer,
  sampleBundle,
  sampleDeliberation,
  sampleKeys,
  sampleManifest,
  sampleDeliberationContent,
  sampleScoreFile,
  sampleScores,
  type SampleKeys,
} from './fixtures';
import { headers, repack, setUint16, setUint32, unpack } from './zip-surgery';
import { rawZip, type RawEntry, type RawZip } from './zip-builder';

export interface HostileContext {
  keys: SampleKeys;
  bundle: Awaited<ReturnType<typeof sampleBundle>>;
  scores: Blob;
  deliberation: Blob;
}

export interface HostileFixture {
  /** Named after what is wrong with the file. */
  name: string;
  kind: FileKind;
  expected: ErrorCode;
  make: (context: HostileContext) => Promise<Blob>;
  limits?: ContainerLimits;
  /** Checked against the sample bundle (score files and deliberations). */
  againstBundle?: boolean;
}

/** A bundle with one attachment above the size that is read whole, so it is hashed in chunks. */
async function largeAttachmentBundle(keys: SampleKeys, data: Uint8Array): Promise<Blob> {
  const manifest = await sampleManifest(keys, {
    applications: [
      {
        id: 'big',
        name: 'Big',
        attachments: [
          {
            path: 'files/big/video.bin',
            name: 'video.bin',
            mediaType: 'application/octet-stream',
            size: data.length,
            sha256: await sha256Hex(data),
          },
        ],
      },
    ],
    conflicts: [],
  });
  return (await createBundle(manifest, [{ attachment: manifest.applications[0]!.attachments![0]!, data }], keys.staff))
    .blob;
}

export async function hostileContext(): Promise<HostileContext> {
  const keys = await sampleKeys();
  const bundle = await sampleBundle(keys);
  const scores = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' })).blob;
  const deliberation = (await sampleDeliberation(bundle, keys.chair)).blob;
  return { keys, bundle, scores, deliberation };
}

const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

async function patched(
  blob: Blob,
  name: string,
  patch: (bytes: Uint8Array, at: { local: number; central: number }) => Uint8Array,
) {
  const bytes = await bytesOf(blob);
  return blobOf(patch(bytes, headers(bytes, name)));
}

/** Signs a manifest our writer would refuse, to prove the reader refuses it too. */
function signedManifest(keys: SampleKeys, manifest: UnsignedManifest): Promise<Blob> {
  const document = canonicalJson({
    ...manifest,
    issuer: { name: 'Test staff', publicKey: formatPublicKey(keys.staff.publicKey) },
  });
  return handmadeContainer({ kind: 'bundle', document, signer: keys.staff });
}

/** One of our containers written again field by field, with the knobs of `change` turned. */
async function rewritten(blob: Blob, change: (entries: RawEntry[]) => RawZip): Promise<Blob> {
  const entries = (await unpack(blob)).map((input) => ({ name: input.name, data: input.data as Uint8Array }));
  return blobOf(rawZip(change(entries)));
}

/** The entry named `name` with `knobs` applied; the others as they were. */
function turning(entries: RawEntry[], name: string, knobs: Partial<RawEntry>): RawEntry[] {
  return entries.map((entry) => (entry.name === name ? { ...entry, ...knobs } : entry));
}

/** A signed deliberation our writer would refuse, to prove the reader refuses it too. */
function signedDeliberation(
  context: HostileContext,
  overrides: Partial<UnsignedDeliberation>,
  signer: KeyPair = context.keys.chair,
): Promise<Blob> {
  const content = sampleDeliberationContent(context.bundle, overrides);
  const document = canonicalJson({
    ...content,
    format: 'jurydesk.deliberation',
    formatVersion: 1,
    chair: { ...content.chair, publicKey: formatPublicKey(signer.publicKey) },
  });
  return handmadeContainer({ kind: 'deliberation', document, signer });
}

/** A signed score file whose document is `json` exactly, as a juror's laptop would never write it. */
function signedScores(keys: SampleKeys, json: string): Promise<Blob> {
  return handmadeContainer({ kind: 'scores', document: json, signer: keys.ana });
}

const MANIFEST = 'manifest.json';
const PITCH = 'files/alpha/pitch.pdf';

export const HOSTILE_FIXTURES: HostileFixture[] = [
  // The container itself.
  { name: 'empty file', kind: 'bundle', expected: 'file.empty', make: async () => new Blob([]) },
  {
    name: 'plain text, not a zip',
    kind: 'bundle',
    expected: 'container.not-zip',
    make: async () => new Blob(['Bonjour, voici le dossier.']),
  },
  {
    name: 'zip cut in half',
    kind: 'bundle',
    expected: 'container.not-zip',
    make: async ({ bundle }) => bundle.blob.slice(0, Math.floor(bundle.blob.size / 2)),
  },
  {
    name: 'zip without a mimetype entry',
    kind: 'bundle',
    expected: 'container.mimetype-missing',
    make: ({ bundle }) => repack(bundle.blob, (inputs) => inputs.filter((input) => input.name !== 'mimetype')),
  },
  {
    name: 'mimetype not the first entry',
    kind: 'bundle',
    expected: 'container.mimetype-missing',
    make: ({ bundle }) => repack(bundle.blob, ([mimetype, ...rest]) => [...rest, mimetype!]),
  },
  {
    name: 'compressed mimetype',
    kind: 'bundle',
    expected: 'container.mimetype-compressed',
    make: ({ bundle }) => repack(bundle.blob, ([mimetype, ...rest]) => [{ ...mimetype!, compress: true }, ...rest]),
  },
  {
    name: 'score file opened as a bundle',
    kind: 'bundle',
    expected: 'container.wrong-kind',
    make: async ({ scores }) => scores,
  },
  {
    name: 'bundle opened as a deliberation',
    kind: 'deliberation',
    expected: 'container.wrong-kind',
    make: async ({ bundle }) => bundle.blob,
  },
  {
    name: 'signature entry missing',
    kind: 'bundle',
    expected: 'container.missing-entry',
    make: ({ bundle }) => repack(bundle.blob, (inputs) => inputs.filter((input) => input.name !== 'manifest.json.sig')),
  },
  {
    name: 'listed attachment missing',
    kind: 'bundle',
    expected: 'container.missing-entry',
    make: ({ bundle }) => repack(bundle.blob, (inputs) => inputs.filter((input) => input.name !== PITCH)),
  },
  {
    name: 'unlisted attachment added',
    kind: 'bundle',
    expected: 'container.unlisted-entry',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) => [...inputs, { name: 'files/alpha/extra.pdf', data: utf8('%PDF') }]),
  },
  {
    name: 'unlisted entry at the root',
    kind: 'bundle',
    expected: 'container.unlisted-entry',
    make: ({ bundle }) => repack(bundle.blob, (inputs) => [...inputs, { name: 'README.txt', data: utf8('hi') }]),
  },
  {
    name: 'entry added to a score file',
    kind: 'scores',
    expected: 'container.unlisted-entry',
    make: ({ scores }) => repack(scores, (inputs) => [...inputs, { name: 'files/x.pdf', data: utf8('%PDF') }]),
  },
  {
    name: 'path traversal with ..',
    kind: 'bundle',
    expected: 'container.unsafe-path',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) => [...inputs, { name: 'files/../../.bashrc', data: utf8('rm -rf ~') }]),
  },
  {
    name: 'absolute path',
    kind: 'bundle',
    expected: 'container.unsafe-path',
    make: ({ bundle }) => repack(bundle.blob, (inputs) => [...inputs, { name: '/etc/cron.d/evil', data: utf8('x') }]),
  },
  {
    name: 'backslash path',
    kind: 'bundle',
    expected: 'container.unsafe-path',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) => [...inputs, { name: 'files\\..\\evil.exe', data: utf8('x') }]),
  },
  {
    name: 'attachment name outside the allowed characters',
    kind: 'bundle',
    expected: 'container.invalid-path',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) => [...inputs, { name: 'files/alpha/pitch deck (final).pdf', data: utf8('x') }]),
  },
  {
    name: 'manifest entry given twice',
    kind: 'bundle',
    expected: 'container.duplicate-entry',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) => [...inputs, { name: MANIFEST, data: utf8('{"format":"jurydesk.bundle"}') }]),
  },
  {
    name: 'two names differing only by case',
    kind: 'bundle',
    expected: 'container.duplicate-entry',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) => [...inputs, { name: 'files/alpha/PITCH.pdf', data: utf8('x') }]),
  },
  {
    name: 'attachment over the size limit',
    kind: 'bundle',
    expected: 'container.entry-too-large',
    limits: { ...LIMITS.bundle, maxAttachmentBytes: 8 },
    make: async ({ bundle }) => bundle.blob,
  },
  {
    name: 'manifest declaring 2 GiB (a zip bomb)',
    kind: 'bundle',
    expected: 'container.entry-too-large',
    make: async ({ bundle }) =>
      patched(
        await repack(bundle.blob, (inputs) =>
          inputs.map((input) => (input.name === MANIFEST ? { ...input, compress: true } : input)),
        ),
        MANIFEST,
        (bytes, at) => setUint32(setUint32(bytes, at.central + 24, 2 ** 31), at.local + 22, 2 ** 31),
      ),
  },
  {
    name: 'more entries than allowed',
    kind: 'bundle',
    expected: 'container.too-many-entries',
    limits: { ...LIMITS.bundle, maxEntries: 3 },
    make: async ({ bundle }) => bundle.blob,
  },
  {
    name: 'manifest size that lies (inflates to less than declared)',
    kind: 'bundle',
    expected: 'container.size-mismatch',
    make: ({ bundle }) =>
      patched(bundle.blob, MANIFEST, (bytes, at) => {
        const view = new DataView(bytes.buffer);
        const declared = view.getUint32(at.central + 24, true) + 100;
        return setUint32(setUint32(bytes, at.central + 24, declared), at.local + 22, declared);
      }),
  },
  {
    name: 'local and central headers disagree on a size',
    kind: 'bundle',
    expected: 'container.size-mismatch',
    make: ({ bundle }) => patched(bundle.blob, PITCH, (bytes, at) => setUint32(bytes, at.local + 22, 1)),
  },
  {
    name: 'attachment size that lies (overlaps the next entry)',
    kind: 'bundle',
    expected: 'container.size-mismatch',
    make: ({ bundle }) =>
      patched(bundle.blob, PITCH, (bytes, at) => {
        const view = new DataView(bytes.buffer);
        const size = view.getUint32(at.central + 24, true) + 40;
        let out = bytes;
        for (const offset of [at.central + 20, at.central + 24, at.local + 18, at.local + 22])
          out = setUint32(out, offset, size);
        return out;
      }),
  },
  {
    name: 'manifest checksum wrong',
    kind: 'bundle',
    expected: 'container.checksum-mismatch',
    make: ({ bundle }) =>
      patched(bundle.blob, MANIFEST, (bytes, at) =>
        setUint32(setUint32(bytes, at.central + 16, 1234), at.local + 14, 1234),
      ),
  },
  {
    name: 'encrypted entry',
    kind: 'bundle',
    expected: 'container.unsupported-entry',
    make: ({ bundle }) => patched(bundle.blob, PITCH, (bytes, at) => setUint16(bytes, at.central + 8, 0x0801)),
  },
  {
    name: 'compressed attachment',
    kind: 'bundle',
    expected: 'container.compressed-attachment',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) =>
        inputs.map((input) => (input.name === PITCH ? { ...input, compress: true } : input)),
      ),
  },

  // One reading of a zip: every byte belongs to one listed entry, the directory or the end records.
  {
    name: 'a second scores.json as a local entry the directory does not list',
    kind: 'scores',
    expected: 'container.hidden-data',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({
        entries: [
          ...entries.slice(0, 2),
          { name: 'scores.json', data: utf8('{"evaluations":[]}'), unlisted: true },
          ...entries.slice(2),
        ],
      })),
  },
  {
    name: 'an executable as a local entry the directory does not list',
    kind: 'bundle',
    expected: 'container.hidden-data',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({
        entries: [...entries, { name: 'files/evil.exe', data: utf8('MZ\x90'), unlisted: true }],
      })),
  },
  {
    name: 'bytes before the first entry',
    kind: 'scores',
    expected: 'container.hidden-data',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({ prefix: utf8('#!/bin/sh\necho pwned\nexit 0\n'), entries })),
  },
  {
    name: 'bytes between the last entry and the central directory',
    kind: 'deliberation',
    expected: 'container.hidden-data',
    make: ({ deliberation }) =>
      rewritten(deliberation, (entries) => ({
        entries: entries.map((entry, index) =>
          index === entries.length - 1 ? { ...entry, gapAfter: utf8('hidden') } : entry,
        ),
      })),
  },
  {
    name: 'bytes between two entries',
    kind: 'bundle',
    expected: 'container.hidden-data',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({ entries: turning(entries, PITCH, { gapAfter: new Uint8Array(64) }) })),
  },
  {
    name: 'an archive comment hiding a second end record',
    kind: 'scores',
    expected: 'container.hidden-data',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({
        entries,
        comment: Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      })),
  },
  {
    name: 'an entry flagged as strongly encrypted (bit 6), which other zip tools refuse to read',
    kind: 'scores',
    expected: 'container.unsupported-entry',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({ entries: turning(entries, 'scores.json', { flags: 0x0040 }) })),
  },
  {
    name: 'an entry with a flag bit the format reserves (bit 14)',
    kind: 'bundle',
    expected: 'container.unsupported-entry',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({ entries: turning(entries, MANIFEST, { flags: 0x4000 }) })),
  },
  {
    name: 'a zip64 end record hiding a second archive in its extensible data',
    kind: 'scores',
    expected: 'container.hidden-data',
    make: async ({ scores }) => {
      const hidden = new Uint8Array(await scores.arrayBuffer());
      return rewritten(scores, (entries) => ({ entries, zip64: { extensible: hidden } }));
    },
  },
  {
    name: 'classic and zip64 end records pointing at two different directories',
    kind: 'bundle',
    expected: 'container.ambiguous',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({ entries, zip64: { classic: { directoryOffset: 0 } } })),
  },
  {
    name: 'classic and zip64 end records counting different entries',
    kind: 'scores',
    expected: 'container.ambiguous',
    make: ({ scores }) => rewritten(scores, (entries) => ({ entries, zip64: { classic: { entries: 2 } } })),
  },
  {
    name: 'an entry that needs a version of the zip format beyond what Jurydesk reads',
    kind: 'scores',
    expected: 'container.ambiguous',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({
        entries: turning(entries, 'scores.json', { central: { versionNeeded: 63 } }),
      })),
  },
  {
    name: 'the mimetype marked as a folder by its MS-DOS attributes',
    kind: 'scores',
    expected: 'container.ambiguous',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({ entries: turning(entries, 'mimetype', { central: { external: 0x10 } }) })),
  },
  {
    name: 'the document marked as a symbolic link by its Unix mode',
    kind: 'bundle',
    expected: 'container.ambiguous',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({
        entries: turning(entries, MANIFEST, { central: { madeBy: 0x0314, external: 0o120777 * 0x10000 } }),
      })),
  },
  {
    name: 'a folder entry carrying deflated data while declaring none',
    kind: 'bundle',
    expected: 'container.folder-not-empty',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({
        entries: [...entries, { name: 'files/alpha/', data: utf8('payload'), deflate: true, central: { size: 0 } }],
      })),
  },
  {
    name: 'a data descriptor whose CRC-32 disagrees with the directory',
    kind: 'scores',
    expected: 'container.checksum-mismatch',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({
        entries: turning(entries, 'scores.json.sig', { descriptor: { crc32: 0xdeadbeef } }),
      })),
  },
  {
    name: 'a data descriptor whose size disagrees with the directory',
    kind: 'scores',
    expected: 'container.size-mismatch',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({ entries: turning(entries, 'scores.json', { descriptor: { size: 3 } }) })),
  },
  {
    name: 'an attachment whose CRC-32 is wrong though its SHA-256 is right',
    kind: 'bundle',
    expected: 'container.checksum-mismatch',
    make: ({ bundle }) =>
      rewritten(bundle.blob, (entries) => ({
        entries: turning(entries, PITCH, { central: { crc32: 1 }, local: { crc32: 1 } }),
      })),
  },
  {
    name: 'a large attachment whose CRC-32 is wrong though its SHA-256 is right',
    kind: 'bundle',
    expected: 'container.checksum-mismatch',
    make: async ({ keys }) => {
      const large = new Uint8Array(17 * 1024 * 1024).fill(0x25);
      const signed = await largeAttachmentBundle(keys, large);
      return rewritten(signed, (entries) => ({
        entries: turning(entries, 'files/big/video.bin', { central: { crc32: 7 }, local: { crc32: 7 } }),
      }));
    },
  },
  {
    name: 'a valid score file padded past the size limit for score files',
    kind: 'scores',
    expected: 'container.file-too-large',
    make: ({ scores }) => rewritten(scores, (entries) => ({ prefix: new Uint8Array(64 * 1024 * 1024), entries })),
  },
  {
    name: 'a deflated document that inflates far beyond its declared size (a zip bomb)',
    kind: 'scores',
    expected: 'container.size-mismatch',
    make: ({ scores }) =>
      rewritten(scores, (entries) => ({
        entries: entries.map((entry) =>
          entry.name === 'scores.json'
            ? {
                ...entry,
                data: new Uint8Array(64 * 1024 * 1024),
                deflate: true,
                central: { size: 2048, crc32: 0 },
                local: { size: 2048, crc32: 0 },
              }
            : entry,
        ),
      })),
  },

  // Signatures and bytes.
  {
    name: 'manifest tampered after signing',
    kind: 'bundle',
    expected: 'signature.invalid',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) =>
        inputs.map((input) =>
          input.name === MANIFEST
            ? { ...input, data: utf8(new TextDecoder().decode(input.data as Uint8Array).replace('"Alpha"', '"Alpho"')) }
            : input,
        ),
      ),
  },
  {
    name: 'attachment tampered, same size',
    kind: 'bundle',
    expected: 'attachment.hash-mismatch',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) =>
        inputs.map((input) =>
          input.name === PITCH
            ? { ...input, data: (input.data as Uint8Array).map((byte, i) => (i === 9 ? byte ^ 1 : byte)) }
            : input,
        ),
      ),
  },
  {
    name: 'attachment replaced by a longer one',
    kind: 'bundle',
    expected: 'attachment.size-mismatch',
    make: ({ bundle }) =>
      repack(bundle.blob, (inputs) =>
        inputs.map((input) =>
          input.name === PITCH ? { ...input, data: utf8('%PDF-1.4 a longer, different file') } : input,
        ),
      ),
  },
  {
    name: 'signed by a key other than the issuer it names',
    kind: 'bundle',
    expected: 'signature.key-mismatch',
    make: async ({ bundle, keys }) => {
      const manifestBytes = (await unpack(bundle.blob)).find((input) => input.name === MANIFEST)!.data as Uint8Array;
      return handmadeContainer({ kind: 'bundle', document: manifestBytes, signer: keys.stranger });
    },
  },
  {
    name: 'manifest signed in the score-file namespace',
    kind: 'bundle',
    expected: 'signature.wrong-namespace',
    make: async ({ keys }) =>
      handmadeContainer({ kind: 'bundle', document: '{}', signer: keys.staff, namespace: NAMESPACES.scores }),
  },
  {
    name: 'score file signed in the deliberation namespace',
    kind: 'scores',
    expected: 'signature.wrong-namespace',
    make: async ({ keys }) =>
      handmadeContainer({ kind: 'scores', document: '{}', signer: keys.ana, namespace: NAMESPACES.deliberation }),
  },
  {
    name: 'signature file that is not SSHSIG',
    kind: 'bundle',
    expected: 'signature.malformed',
    make: async ({ keys }) =>
      handmadeContainer({ kind: 'bundle', document: '{}', signer: keys.staff, signature: 'signed: trust me' }),
  },

  // The document.
  {
    name: 'signed manifest that is not JSON',
    kind: 'bundle',
    expected: 'json.invalid',
    make: async ({ keys }) =>
      handmadeContainer({ kind: 'bundle', document: '{"format": "jurydesk.bundle",', signer: keys.staff }),
  },
  {
    name: 'signed manifest that is not UTF-8',
    kind: 'bundle',
    expected: 'json.invalid-utf8',
    make: async ({ keys }) =>
      handmadeContainer({ kind: 'bundle', document: new Uint8Array([0x7b, 0xe9, 0x7d]), signer: keys.staff }),
  },
  {
    name: 'signed score file with a duplicate key',
    kind: 'scores',
    expected: 'json.duplicate-key',
    make: async ({ keys }) =>
      handmadeContainer({ kind: 'scores', document: '{"revision":1,"revision":7}', signer: keys.ana }),
  },
  {
    name: 'signed manifest with a criterion of weight 0',
    kind: 'bundle',
    expected: 'document.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys);
      return signedManifest(keys, { ...manifest, criteria: [{ ...manifest.criteria[0]!, weight: 0 }] });
    },
  },
  {
    name: 'manifest of a future format version',
    kind: 'bundle',
    expected: 'document.unsupported-version',
    make: async ({ keys }) =>
      handmadeContainer({
        kind: 'bundle',
        document: '{"format":"jurydesk.bundle","formatVersion":2}',
        signer: keys.staff,
      }),
  },
  {
    name: 'a signed bundle whose scale has a billion points (step 1e-9)',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys, { applications: [{ id: 'a', name: 'A' }] });
      const criteria = manifest.criteria!.map((criterion, index) =>
        index === 0 ? { ...criterion, scale: { min: 0, max: 1, step: 1e-9 } } : criterion,
      );
      return signedManifest(keys, { ...manifest, criteria });
    },
  },
  {
    name: 'a signed bundle whose scale spans ±1e308',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys, { applications: [{ id: 'a', name: 'A' }] });
      const criteria = manifest.criteria!.map((criterion, index) =>
        index === 0 ? { ...criterion, scale: { min: -1e308, max: 1e308, step: 1e308 } } : criterion,
      );
      return signedManifest(keys, { ...manifest, criteria });
    },
  },
  {
    name: 'a signed bundle with 20,000 criteria',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys, { applications: [{ id: 'a', name: 'A' }] });
      const criteria = Array.from({ length: 20_000 }, (_, index) => ({
        id: `c${index}`,
        label: `Criterion ${index}`,
        weight: 1,
        scale: { min: 0, max: 5, step: 1 },
      }));
      return signedManifest(keys, { ...manifest, criteria });
    },
  },
  {
    name: 'a signed bundle whose order of facts names a fact twice',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys);
      return signedManifest(keys, { ...manifest, fieldOrder: ['region', 'esus', 'region'] });
    },
  },
  {
    name: 'a signed bundle whose order of facts names a fact no application has',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys);
      return signedManifest(keys, { ...manifest, fieldOrder: ['region', 'secretScore'] });
    },
  },
  {
    name: 'a signed bundle whose order of facts is not a list of names',
    kind: 'bundle',
    expected: 'document.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys);
      return signedManifest(keys, { ...manifest, fieldOrder: 'region' as unknown as string[] });
    },
  },
  {
    name: 'a signed first version that says the call changes hands',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys);
      const handover = { previousIssuerPublicKey: formatPublicKey(keys.stranger.publicKey) };
      return signedManifest(keys, { ...manifest, sequence: 1, handover });
    },
  },
  {
    name: 'a signed bundle that hands the call over from its own key',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys);
      const handover = { previousIssuerPublicKey: formatPublicKey(keys.staff.publicKey) };
      return signedManifest(keys, { ...manifest, sequence: 2, previousManifestSha256: 'a'.repeat(64), handover });
    },
  },
  {
    name: 'manifest naming two chairs',
    kind: 'bundle',
    expected: 'bundle.invalid',
    make: async ({ keys }) => {
      const manifest = await sampleManifest(keys, { applications: [{ id: 'a', name: 'A' }] });
      return signedManifest(keys, {
        ...manifest,
        jurors: manifest.jurors.map((juror) => ({ ...juror, role: 'chair' as const })),
      });
    },
  },

  // Rules a document is held to alone, with or without its bundle.
  {
    name: 'a “__proto__” key among the scores',
    kind: 'scores',
    expected: 'json.forbidden-key',
    make: async ({ bundle, keys }) => {
      const document = canonicalJson({
        ...sampleScores(bundle, { id: 'ana', name: 'Ana' }),
        format: 'jurydesk.scores',
        formatVersion: 1,
        juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(keys.ana.publicKey) },
      }).replace('"scores":{"impact":7.5', '"scores":{"__proto__":9,"impact":7.5');
      return signedScores(keys, document);
    },
  },
  {
    name: 'a “constructor” key in a deliberation’s results',
    kind: 'deliberation',
    expected: 'json.forbidden-key',
    make: async ({ bundle, keys }) => {
      const document = canonicalJson({
        ...sampleDeliberationContent(bundle),
        format: 'jurydesk.deliberation',
        formatVersion: 1,
        chair: { id: 'chair', name: 'Chloé Chair', publicKey: formatPublicKey(keys.chair.publicKey) },
      }).replace('"criteria":{"impact"', '"criteria":{"constructor":{"mean":1,"median":1,"n":1},"impact"');
      return handmadeContainer({ kind: 'deliberation', document, signer: keys.chair });
    },
  },
  {
    name: 'a deliberation deciding twice on one application, checked without its bundle',
    kind: 'deliberation',
    expected: 'deliberation.invalid',
    make: (context) =>
      signedDeliberation(context, {
        decisions: [
          { applicationId: 'alpha', outcome: 'in', rationale: 'Best.' },
          { applicationId: 'alpha', outcome: 'out', rationale: 'Changed our minds.' },
        ],
      }),
  },
  {
    name: 'a deliberation filling an outcome beyond the capacity it states, checked without its bundle',
    kind: 'deliberation',
    expected: 'deliberation.capacity-exceeded',
    make: (context) =>
      signedDeliberation(context, {
        decisions: [
          { applicationId: 'alpha', outcome: 'in', rationale: 'Best.' },
          { applicationId: 'beta', outcome: 'in', rationale: 'Also good.' },
        ],
      }),
  },
  {
    name: 'a deliberation deciding on an outcome it does not state, checked without its bundle',
    kind: 'deliberation',
    expected: 'deliberation.invalid',
    make: (context) =>
      signedDeliberation(context, { decisions: [{ applicationId: 'alpha', outcome: 'cohort-9', rationale: 'x' }] }),
  },
  {
    name: 'a deliberation result carrying a figure nobody recomputes',
    kind: 'deliberation',
    expected: 'document.invalid',
    make: (context) => {
      const [result, ...rest] = sampleDeliberationContent(context.bundle).results;
      return signedDeliberation(context, { results: [{ ...result!, score: 99 } as typeof result & object, ...rest] });
    },
  },
  {
    name: 'a deliberation restating an outcome under another label than the bundle’s',
    kind: 'deliberation',
    againstBundle: true,
    expected: 'deliberation.invalid',
    make: (context) =>
      signedDeliberation(context, {
        outcomes: context.bundle.manifest.outcomes.map((outcome, index) =>
          index === 0 ? { ...outcome, label: 'Waitlist' } : outcome,
        ),
      }),
  },
  {
    name: 'a deliberation that does not state its outcomes, checked without its bundle',
    kind: 'deliberation',
    expected: 'deliberation.needs-bundle',
    make: (context) => signedDeliberation(context, { outcomes: undefined } as never),
  },
  {
    name: 'a deliberation with two results for one application',
    kind: 'deliberation',
    expected: 'deliberation.invalid',
    make: (context) => {
      const [result] = sampleDeliberationContent(context.bundle).results;
      return signedDeliberation(context, { results: [result!, { ...result!, rank: 2, mean: 10 }] });
    },
  },
  {
    name: 'a deliberation citing one score file twice',
    kind: 'deliberation',
    expected: 'deliberation.invalid',
    make: (context) => {
      const input = { jurorId: 'ana', revision: 1, sha256: 'ab'.repeat(32), fingerprint: `SHA256:${'A'.repeat(43)}` };
      return signedDeliberation(context, { inputs: [input, { ...input, jurorId: 'bruno' }] });
    },
  },
  {
    name: 'a score file evaluating one application twice, checked without its bundle',
    kind: 'scores',
    expected: 'scores.invalid',
    make: async ({ bundle, keys }) => {
      const document = canonicalJson({
        ...sampleScores(bundle, { id: 'ana', name: 'Ana' }),
        format: 'jurydesk.scores',
        formatVersion: 1,
        juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(keys.ana.publicKey) },
      }).replace('{"applicationId":"beta"', '{"applicationId":"alpha"');
      return signedScores(keys, document);
    },
  },
  {
    name: 'a score of 4.0000000001 on a scale of whole steps',
    kind: 'scores',
    expected: 'scores.out-of-scale',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (
        await sampleScoreFile(
          bundle,
          keys.ana,
          { id: 'ana', name: 'Ana' },
          {
            evaluations: [
              {
                applicationId: 'alpha',
                status: 'draft',
                scores: { team: 4.0000000001 },
                updatedAt: '2026-11-03T17:00:00Z',
              },
            ],
          },
        )
      ).blob,
  },
  {
    name: 'a score of 7.5000000001 on a scale of half steps',
    kind: 'scores',
    expected: 'scores.out-of-scale',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (
        await sampleScoreFile(
          bundle,
          keys.ana,
          { id: 'ana', name: 'Ana' },
          {
            evaluations: [
              {
                applicationId: 'alpha',
                status: 'draft',
                scores: { impact: 7.5000000001 },
                updatedAt: '2026-11-03T17:00:00Z',
              },
            ],
          },
        )
      ).blob,
  },

  // Score files against the bundle.
  {
    name: 'score file for another bundle',
    kind: 'scores',
    expected: 'scores.wrong-bundle',
    againstBundle: true,
    make: async ({ keys }) =>
      (await sampleScoreFile({ manifestSha256: 'ab'.repeat(32) }, keys.ana, { id: 'ana', name: 'Ana' })).blob,
  },
  {
    name: 'score file from a juror not on the roster',
    kind: 'scores',
    expected: 'scores.unknown-juror',
    againstBundle: true,
    make: async ({ bundle, keys }) => (await sampleScoreFile(bundle, keys.stranger, { id: 'zoe', name: 'Zoé' })).blob,
  },
  {
    name: 'score file signed with a key other than the roster’s',
    kind: 'scores',
    expected: 'scores.signer-mismatch',
    againstBundle: true,
    make: async ({ bundle, keys }) => (await sampleScoreFile(bundle, keys.stranger, { id: 'ana', name: 'Ana' })).blob,
  },
  {
    name: 'score above the scale',
    kind: 'scores',
    expected: 'scores.out-of-scale',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (
        await sampleScoreFile(
          bundle,
          keys.ana,
          { id: 'ana', name: 'Ana' },
          {
            evaluations: [
              { applicationId: 'alpha', status: 'draft', scores: { impact: 11 }, updatedAt: '2026-11-03T17:00:00Z' },
            ],
          },
        )
      ).blob,
  },
  {
    name: 'score off the scale’s step',
    kind: 'scores',
    expected: 'scores.out-of-scale',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (
        await sampleScoreFile(
          bundle,
          keys.ana,
          { id: 'ana', name: 'Ana' },
          {
            evaluations: [
              { applicationId: 'alpha', status: 'draft', scores: { impact: 7.3 }, updatedAt: '2026-11-03T17:00:00Z' },
            ],
          },
        )
      ).blob,
  },
  {
    name: 'evaluation marked complete with a criterion unscored',
    kind: 'scores',
    expected: 'scores.invalid',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (
        await sampleScoreFile(
          bundle,
          keys.ana,
          { id: 'ana', name: 'Ana' },
          {
            evaluations: [
              { applicationId: 'alpha', status: 'complete', scores: { impact: 7 }, updatedAt: '2026-11-03T17:00:00Z' },
            ],
          },
        )
      ).blob,
  },
  {
    name: 'application scored despite a declared conflict',
    kind: 'scores',
    expected: 'scores.invalid',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (
        await sampleScoreFile(
          bundle,
          keys.ana,
          { id: 'ana', name: 'Ana' },
          {
            evaluations: [
              { applicationId: 'gamma', status: 'draft', scores: { impact: 5 }, updatedAt: '2026-11-03T17:00:00Z' },
            ],
          },
        )
      ).blob,
  },
  {
    name: 'score file tampered after signing',
    kind: 'scores',
    expected: 'signature.invalid',
    make: ({ scores }) =>
      repack(scores, (inputs) =>
        inputs.map((input) =>
          input.name === 'scores.json'
            ? {
                ...input,
                data: utf8(new TextDecoder().decode(input.data as Uint8Array).replace('"impact":7.5', '"impact":9.5')),
              }
            : input,
        ),
      ),
  },

  // Deliberations against the bundle.
  {
    name: 'deliberation signed by a juror, not the chair',
    kind: 'deliberation',
    expected: 'deliberation.not-chair',
    againstBundle: true,
    make: async ({ bundle, keys }) =>
      (await sampleDeliberation(bundle, keys.ana, { chair: { id: 'ana', name: 'Ana' } })).blob,
  },
  {
    name: 'deliberation signed with a key other than the chair’s',
    kind: 'deliberation',
    expected: 'deliberation.signer-mismatch',
    againstBundle: true,
    make: async ({ bundle, keys }) => (await sampleDeliberation(bundle, keys.stranger)).blob,
  },
  {
    name: 'deliberation for another bundle',
    kind: 'deliberation',
    expected: 'deliberation.wrong-bundle',
    againstBundle: true,
    make: async ({ keys }) => (await sampleDeliberation({ manifestSha256: 'cd'.repeat(32) }, keys.chair)).blob,
  },
  {
    name: 'deliberation stating no outcomes, filling one beyond the bundle’s capacity',
    kind: 'deliberation',
    expected: 'deliberation.capacity-exceeded',
    againstBundle: true,
    make: (context) =>
      signedDeliberation(context, {
        outcomes: undefined,
        decisions: [
          { applicationId: 'alpha', outcome: 'in', rationale: 'Best.' },
          { applicationId: 'beta', outcome: 'in', rationale: 'Also good.' },
        ],
      }),
  },
  {
    name: 'deliberation stating no outcomes, using one the bundle does not have',
    kind: 'deliberation',
    expected: 'deliberation.invalid',
    againstBundle: true,
    make: (context) =>
      signedDeliberation(context, {
        outcomes: undefined,
        decisions: [{ applicationId: 'alpha', outcome: 'cohort-9', rationale: 'x' }],
      }),
  },
  {
    name: 'deliberation stating outcomes other than the bundle’s',
    kind: 'deliberation',
    expected: 'deliberation.invalid',
    againstBundle: true,
    make: (context) =>
      signedDeliberation(context, {
        outcomes: [
          { id: 'in', label: 'Selected', kind: 'selected', capacity: 5 },
          { id: 'wait', label: 'Waitlist', kind: 'waitlist' },
          { id: 'out', label: 'Not selected', kind: 'rejected' },
        ],
      }),
  },
  {
    name: 'deliberation tampered after signing',
    kind: 'deliberation',
    expected: 'signature.invalid',
    make: ({ deliberation }) =>
      repack(deliberation, (inputs) =>
        inputs.map((input) =>
          input.name === 'deliberation.json'
            ? {
                ...input,
                data: utf8(
                  new TextDecoder().decode(input.data as Uint8Array).replace('"outcome":"wait"', '"outcome":"out"'),
                ),
              }
            : input,
        ),
      ),
  },
];
