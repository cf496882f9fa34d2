import { createBundle, verifyBundle, type UnsignedManifest } from '@core/documents/bundle';
import { computeResults, type ComputedResult } from '@core/jury/aggregate';
import { deliberationResults } from '@core/jury/deliberate';
import { mergeScoreFiles } from '@core/jury/merge';
import { utf8 } from '@core/crypto/bytes';
import { KINDS, type FileKind } from '@core/container/kinds';
import { createDeliberation, type UnsignedDeliberation } from '@core/documents/deliberation';
import type { DeliberationInputFile } from '@core/documents/deliberation-inputs';
import { sha256Hex } from '@core/crypto/hash';
import type { Evaluation, ScoreFile } from '@core/documents/formats/scores';
import type { BundleManifest } from '@core/documents/formats/bundle';
import { formatPublicKey, type KeyPair } from '@core/crypto/keys';
import { createScoreFile, type UnsignedScoreFile } from '@core/documents/scorefile';
import { signMessage, type Namespace } from '@core/crypto/sshsig';
import { writeZip, type ZipInput } from '@core/container/zip';
import { testKey } from './keys';

export interface SampleKeys {
  staff: KeyPair;
  chair: KeyPair;
  ana: KeyPair;
  bruno: KeyPair;
  stranger: KeyPair;
}

export async function sampleKeys(): Promise<SampleKeys> {
  return {
    staff: await testKey('staff'),
    chair: await testKey('chair'),
    ana: await testKey('ana'),
    bruno: await testKey('bruno'),
    stranger: await testKey('stranger'),
  };
}

export const PITCH = utf8('%PDF-1.4 pitch deck of Alpha\n%%EOF\n');
export const ACCOUNTS = utf8('%PDF-1.4 accounts of Beta\n%%EOF\n');

/** A small call: three applications, a half-point scale and a five-level one, a chair with a key, one juror without. */
export async function sampleManifest(
  keys: SampleKeys,
  overrides: Partial<UnsignedManifest> = {},
): Promise<UnsignedManifest> {
  return {
    format: 'jurydesk.bundle',
    formatVersion: 1,
    call: { id: 'call-test', title: { fr: 'Appel de test', en: 'Test call' } },
    sequence: 1,
    previousManifestSha256: null,
    issuedAt: '2026-11-01T10:00:00Z',
    issuer: { name: 'Test staff' },
    criteria: [
      { id: 'impact', label: 'Impact', weight: 2, scale: { min: 0, max: 10, step: 0.5 } },
      {
        id: 'team',
        label: { fr: 'Équipe', en: 'Team' },
        weight: 1,
        scale: { min: 1, max: 5, step: 1 },
        levels: [
          { value: 1, label: 'weak' },
          { value: 5, label: 'strong' },
        ],
      },
      { id: 'note', label: 'Remark', weight: 1, scale: { min: 0, max: 1, step: 1 }, counted: false },
    ],
    jurors: [
      { id: 'chair', name: 'Chloé Chair', role: 'chair', publicKey: formatPublicKey(keys.chair.publicKey) },
      { id: 'ana', name: 'Ana', role: 'juror', publicKey: formatPublicKey(keys.ana.publicKey) },
      { id: 'bruno', name: 'Bruno', role: 'juror' },
    ],
    outcomes: [
      { id: 'in', label: 'Selected', kind: 'selected', capacity: 1 },
      { id: 'wait', label: 'Waitlist', kind: 'waitlist' },
      { id: 'out', label: 'Not selected', kind: 'rejected' },
    ],
    applications: [
      {
        id: 'alpha',
        name: 'Alpha',
        fields: { region: 'Bretagne', beneficiaries: 1200, esus: true },
        attachments: [
          {
            path: 'files/alpha/pitch.pdf',
            name: 'Pitch deck.pdf',
            mediaType: 'application/pdf',
            size: PITCH.length,
            sha256: await sha256Hex(PITCH),
          },
        ],
      },
      {
        id: 'beta',
        name: 'Beta',
        attachments: [
          {
            path: 'files/beta/accounts.pdf',
            name: 'Comptes 2025.pdf',
            mediaType: 'application/pdf',
            size: ACCOUNTS.length,
            sha256: await sha256Hex(ACCOUNTS),
          },
        ],
      },
      { id: 'gamma', name: 'Gamma', summary: 'No attachment' },
    ],
    conflicts: [{ jurorId: 'ana', applicationId: 'gamma', reason: 'Former employer' }],
    ...overrides,
  };
}

export const SAMPLE_ATTACHMENTS = [
  { path: 'files/alpha/pitch.pdf', data: PITCH },
  { path: 'files/beta/accounts.pdf', data: ACCOUNTS },
];

export async function sampleBundle(
  keys: SampleKeys,
  overrides: Partial<UnsignedManifest> = {},
  signer: KeyPair = keys.staff,
) {
  const manifest = await sampleManifest(keys, overrides);
  const attachments = (manifest.applications ?? []).flatMap((application) =>
    (application.attachments ?? []).map((attachment) => ({
      attachment,
      data: SAMPLE_ATTACHMENTS.find((candidate) => candidate.path === attachment.path)?.data ?? new Uint8Array(),
    })),
  );
  return createBundle(manifest, attachments, signer);
}

export function sampleScores(
  bundle: { manifestSha256: string },
  juror: { id: string; name: string },
  overrides: Partial<UnsignedScoreFile> = {},
): UnsignedScoreFile {
  return {
    call: { id: 'call-test' },
    bundle: { sequence: 1, manifestSha256: bundle.manifestSha256 },
    juror,
    revision: 1,
    exportedAt: '2026-11-03T18:00:00Z',
    evaluations: [
      {
        applicationId: 'alpha',
        status: 'complete',
        scores: { impact: 7.5, team: 4, note: null },
        comments: { impact: 'Solide, chiffres à l’appui.' },
        comment: 'À retenir.',
        recommendation: 'in',
        updatedAt: '2026-11-03T17:00:00Z',
      },
      { applicationId: 'beta', status: 'draft', scores: { impact: 3, team: null }, updatedAt: '2026-11-03T17:05:00Z' },
    ],
    ...overrides,
  };
}

/** A manifest as core reads it once verified: the envelope filled in, the jury's parts given. */
export function parsedManifest(
  parts: Pick<BundleManifest, 'criteria' | 'jurors' | 'outcomes' | 'applications'>,
): BundleManifest {
  return {
    format: 'jurydesk.bundle',
    formatVersion: 1,
    call: { id: 'c', title: 'C' },
    sequence: 1,
    previousManifestSha256: null,
    issuedAt: '2026-11-01T00:00:00Z',
    issuer: { name: 'S', publicKey: 'ssh-ed25519 AAAA' },
    ...parts,
  };
}

/** A score file as a merge hands it on, parsed and checked: what the results are computed from. */
export function parsedScoreFile(jurorId: string, evaluations: Evaluation[]): ScoreFile {
  return {
    format: 'jurydesk.scores',
    formatVersion: 1,
    call: { id: 'call-test' },
    bundle: { sequence: 1, manifestSha256: 'a'.repeat(64) },
    juror: { id: jurorId, name: jurorId, publicKey: 'ssh-ed25519 AAAA' },
    revision: 1,
    exportedAt: '2026-11-02T00:00:00Z',
    evaluations,
  };
}

export async function sampleScoreFile(
  bundle: { manifestSha256: string },
  signer: KeyPair,
  juror: { id: string; name: string },
  overrides: Partial<UnsignedScoreFile> = {},
) {
  return createScoreFile(sampleScores(bundle, juror, overrides), signer);
}

export function sampleDeliberationContent(
  bundle: { manifestSha256: string },
  overrides: Partial<UnsignedDeliberation> = {},
): UnsignedDeliberation {
  return {
    call: { id: 'call-test' },
    bundle: { sequence: 1, manifestSha256: bundle.manifestSha256 },
    chair: { id: 'chair', name: 'Chloé Chair' },
    revision: 1,
    decidedAt: '2026-11-10T12:00:00Z',
    method: { aggregate: 'mean', normalization: 'none' },
    outcomes: [
      { id: 'in', label: 'Selected', kind: 'selected', capacity: 1 },
      { id: 'wait', label: 'Waitlist', kind: 'waitlist' },
      { id: 'out', label: 'Not selected', kind: 'rejected' },
    ],
    inputs: [],
    results: [
      {
        applicationId: 'alpha',
        rank: 1,
        n: 1,
        mean: 75,
        median: 75,
        sd: null,
        min: 75,
        max: 75,
        criteria: { impact: { mean: 7.5, median: 7.5, n: 1 } },
        flags: [],
      },
    ],
    decisions: [
      { applicationId: 'alpha', outcome: 'in', rationale: 'Best score.' },
      { applicationId: 'beta', outcome: 'wait', rationale: 'Close second.' },
    ],
    minutes: 'Séance du 10 novembre.',
    ...overrides,
  };
}

export async function sampleDeliberation(
  bundle: { manifestSha256: string },
  signer: KeyPair,
  overrides: Partial<UnsignedDeliberation> = {},
  inputFiles: readonly DeliberationInputFile[] = [],
) {
  return createDeliberation(sampleDeliberationContent(bundle, overrides), signer, inputFiles);
}

/**
 * A deliberation whose results are what its score files give, carrying them: what the desk signs, and what a
 * verifier recomputes. The decisions are the sample's.
 */
export async function mergedDeliberation(
  bundle: { blob: Blob },
  signer: KeyPair,
  scoreFiles: readonly Blob[],
  overrides: Partial<UnsignedDeliberation> = {},
) {
  const opened = await verifyBundle(bundle.blob);
  if (!opened.ok) throw new Error(opened.error.code);
  const context = opened.value;
  const report = await mergeScoreFiles(
    scoreFiles.map((source, index) => ({ name: `input-${index}.juryscores`, source })),
    { bundle: context, trustOnFirstUse: true },
  );
  const method = overrides.method ?? { aggregate: 'mean', normalization: 'none' };
  const results = computeResults(
    context.manifest,
    report.accepted.map((file) => file.scoreFile),
    { method },
  );
  const content = sampleDeliberationContent(context, {
    inputs: report.accepted.map(({ jurorId, revision, sha256, fingerprint }) => ({
      jurorId,
      revision,
      sha256,
      fingerprint,
    })),
    results: deliberationResults(results),
    ...overrides,
  });
  return { ...(await createDeliberation(content, signer, report.accepted)), accepted: report.accepted };
}

/** Builds a container by hand, to make files that our writer never would (wrong namespace, bad JSON, odd entries). */
export async function handmadeContainer(options: {
  kind: FileKind;
  document: Uint8Array | string;
  signer: KeyPair;
  namespace?: Namespace;
  extra?: ZipInput[];
  signature?: string;
}): Promise<Blob> {
  const spec = KINDS[options.kind];
  const document = typeof options.document === 'string' ? utf8(options.document) : options.document;
  const signature =
    options.signature ?? (await signMessage(options.signer, options.namespace ?? spec.namespace, document));
  return writeZip([
    { name: 'mimetype', data: utf8(spec.mimetype) },
    { name: spec.document, data: document, compress: true },
    { name: `${spec.document}.sig`, data: utf8(signature) },
    ...(options.extra ?? []),
  ]);
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** One application's computed result with plain figures; tests override what they are about. */
export function computedResult(applicationId: string, fields: Partial<ComputedResult> = {}): ComputedResult {
  return {
    applicationId,
    rank: 1,
    n: 3,
    mean: 50,
    median: 50,
    sd: 5,
    min: 40,
    max: 60,
    trimmedMean: 50,
    criteria: {},
    flags: [],
    reasons: [],
    ...fields,
  };
}
