import * as z from 'zod';
import { bundleDetails, type BundleContext } from './bundle-context';
import { buildContainer, type ContainerLimits, type ZipSource } from '../container';
import { asResult, JurydeskError, term, type ErrorDetails, type Phrase, type Result } from '../errors';
import { isCounted, isOnScale, type BundleManifest, type Criterion } from './formats/bundle';
import { SCORES_FORMAT, scoreFileDocument, scoreFileSchema, type Evaluation, type ScoreFile } from './formats/scores';
import {
  sha256Hex,
  fingerprint,
  formatPublicKey,
  parsePublicKey,
  samePublicKey,
  type Signer,
  utf8,
  NAMESPACES,
  signMessage,
} from '../crypto';
import { canonicalJson } from './json';
import { openSignedDocument, type SignerIdentity } from './signed';

export interface VerifiedScoreFile {
  readonly scoreFile: ScoreFile;
  /** SHA-256 of the whole .juryscores file: how a deliberation cites it. */
  readonly fileSha256: string;
  readonly signer: SignerIdentity;
}

export interface VerifyScoreFileOptions {
  readonly bundle?: BundleContext;
  readonly limits?: ContainerLimits;
  /** The file's SHA-256 when the caller already computed it (the merge does, to skip duplicates). */
  readonly fileSha256?: string;
}

function invalid(reason: Phrase, details: ErrorDetails): JurydeskError {
  return new JurydeskError('scores.invalid', { reason: term(reason), ...details });
}

/** Rules that hold whatever the bundle: one evaluation per application, recusals carry no score. */
function checkScoreFileShape(scoreFile: ScoreFile): void {
  const seen = new Set<string>();
  for (const evaluation of scoreFile.evaluations) {
    if (seen.has(evaluation.applicationId)) throw invalid('evaluated-twice', { application: evaluation.applicationId });
    seen.add(evaluation.applicationId);
    if (evaluation.status === 'recused' && hasScore(evaluation))
      throw invalid('recused-and-scored', { application: evaluation.applicationId });
  }
}

function hasScore(evaluation: Evaluation): boolean {
  for (const criterionId in evaluation.scores) if (evaluation.scores[criterionId] !== null) return true;
  return false;
}

/** Lookups into a bundle, built once per manifest: a national call's merge checks 300 files against 10,000 applications. */
interface BundleIndex {
  jurors: Map<string, BundleManifest['jurors'][number]>;
  applications: Map<string, BundleManifest['applications'][number]>;
  criteria: Map<string, Criterion>;
  counted: Criterion[];
  /** Per juror, the applications staff declared them in conflict with. */
  conflicts: Map<string, Set<string>>;
  /** Per juror, the applications staff assigned them; null when every juror reviews every application. */
  assigned: Map<string, Set<string>> | null;
  outcomes: Set<string>;
}

const bundleIndexes = new WeakMap<BundleManifest, BundleIndex>();

function indexBundle(manifest: BundleManifest): BundleIndex {
  const known = bundleIndexes.get(manifest);
  if (known) return known;
  const conflicts = new Map<string, Set<string>>();
  for (const { jurorId, applicationId } of manifest.conflicts ?? []) {
    conflicts.set(jurorId, (conflicts.get(jurorId) ?? new Set()).add(applicationId));
  }
  const index: BundleIndex = {
    jurors: new Map(manifest.jurors.map((juror) => [juror.id, juror])),
    applications: new Map(manifest.applications.map((application) => [application.id, application])),
    criteria: new Map(manifest.criteria.map((criterion) => [criterion.id, criterion])),
    counted: manifest.criteria.filter(isCounted),
    conflicts,
    assigned: manifest.assignments
      ? new Map(manifest.assignments.map(({ jurorId, applicationIds }) => [jurorId, new Set(applicationIds)]))
      : null,
    outcomes: new Set(manifest.outcomes.map((outcome) => outcome.id)),
  };
  bundleIndexes.set(manifest, index);
  return index;
}

function checkEvaluationAgainstBundle(
  evaluation: Evaluation,
  index: BundleIndex,
  conflicts: Set<string>,
  assigned: Set<string> | null,
): void {
  const { criteria } = index;
  const application = index.applications.get(evaluation.applicationId);
  if (!application) throw invalid('unknown-application', { application: evaluation.applicationId });
  for (const criterionId in evaluation.scores) {
    const criterion = criteria.get(criterionId);
    if (!criterion) throw invalid('unknown-criterion', { criterion: criterionId });
    const score = evaluation.scores[criterionId]!;
    if (score !== null && !isOnScale(score, criterion.scale)) {
      throw new JurydeskError('scores.out-of-scale', {
        value: score,
        application: application.name,
        criterion: criterion.label,
        ...criterion.scale,
      });
    }
  }
  for (const criterionId in evaluation.comments) {
    if (!criteria.has(criterionId)) throw invalid('unknown-criterion', { criterion: criterionId });
  }
  if (evaluation.status === 'complete') {
    const missing = index.counted.find((criterion) => typeof evaluation.scores[criterion.id] !== 'number');
    if (missing) throw invalid('incomplete', { application: application.name, criterion: missing.label });
  }
  if (evaluation.recommendation !== undefined && !index.outcomes.has(evaluation.recommendation)) {
    throw invalid('unknown-outcome', { outcome: evaluation.recommendation });
  }
  if (conflicts.has(evaluation.applicationId) && hasScore(evaluation)) {
    throw invalid('conflict-scored', { application: application.name });
  }
  // Staff chose who reviews what: a score outside a juror's assignments would weigh where nobody asked it to.
  if (assigned && !assigned.has(evaluation.applicationId) && hasScore(evaluation))
    throw invalid('not-assigned', { application: application.name });
}

/** A score file against the loaded bundle: same bundle, a juror of its roster signing with the roster's key, valid scores. */
export async function checkScoreFileAgainstBundle(
  scoreFile: ScoreFile,
  signer: SignerIdentity,
  bundle: BundleContext,
): Promise<void> {
  const { manifest } = bundle;
  if (scoreFile.bundle.manifestSha256 !== bundle.manifestSha256 || scoreFile.call.id !== manifest.call.id) {
    throw new JurydeskError('scores.wrong-bundle', bundleDetails(bundle, scoreFile.bundle.manifestSha256));
  }
  await checkJurorAndEvaluations(scoreFile, signer, manifest);
}

/**
 * The juror of a score file on the bundle's roster, signing with the roster's key where it gives one, and every
 * evaluation valid against the bundle's applications, criteria, outcomes and conflicts.
 */
export async function checkJurorAndEvaluations(
  scoreFile: Pick<ScoreFile, 'juror' | 'evaluations'>,
  signer: SignerIdentity,
  manifest: BundleManifest,
): Promise<void> {
  const index = indexBundle(manifest);
  const juror = index.jurors.get(scoreFile.juror.id);
  if (!juror)
    throw new JurydeskError('scores.unknown-juror', { juror: `${scoreFile.juror.name} (${scoreFile.juror.id})` });
  const rosterKey = juror.publicKey ? parsePublicKey(juror.publicKey) : undefined;
  if (rosterKey && !samePublicKey(rosterKey, signer.publicKey)) {
    throw new JurydeskError('scores.signer-mismatch', {
      juror: juror.name,
      actual: signer.fingerprint,
      expected: await fingerprint(rosterKey),
    });
  }
  const conflicts = index.conflicts.get(juror.id) ?? new Set<string>();
  const assigned = index.assigned ? (index.assigned.get(juror.id) ?? new Set<string>()) : null;
  for (const evaluation of scoreFile.evaluations) checkEvaluationAgainstBundle(evaluation, index, conflicts, assigned);
}

export function verifyScoreFile(
  source: ZipSource,
  options: VerifyScoreFileOptions = {},
): Promise<Result<VerifiedScoreFile>> {
  return asResult(async () => {
    const signed = await openSignedDocument(
      source,
      'scores',
      scoreFileDocument,
      (scoreFile) => scoreFile.juror.publicKey,
      options.limits,
    );
    checkScoreFileShape(signed.document);
    if (options.bundle) await checkScoreFileAgainstBundle(signed.document, signed.signer, options.bundle);
    return {
      scoreFile: signed.document,
      fileSha256:
        options.fileSha256 ??
        (await sha256Hex(source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer()))),
      signer: signed.signer,
    };
  });
}

export const unsignedScoreFileSchema = scoreFileSchema
  .omit({ format: true, formatVersion: true })
  .extend({ juror: z.looseObject({ id: z.string(), name: z.string() }) });
export type UnsignedScoreFile = z.infer<typeof unsignedScoreFileSchema>;

/**
 * Builds a signed score file. `signDocument` signs the exact bytes in the scores namespace wherever the key
 * lives (the main process, a browser's non-extractable key); `publicKey` is that key's OpenSSH line.
 */
export async function assembleScoreFile(
  content: UnsignedScoreFile,
  publicKey: string,
  signDocument: (document: Uint8Array) => Promise<string>,
): Promise<{ blob: Blob; scoreFile: ScoreFile; fileSha256: string }> {
  const scoreFile = scoreFileSchema.parse({
    format: SCORES_FORMAT,
    formatVersion: 1,
    ...content,
    juror: { ...content.juror, publicKey },
  });
  checkScoreFileShape(scoreFile);
  const bytes = utf8(canonicalJson(scoreFile));
  const blob = await buildContainer('scores', bytes, await signDocument(bytes));
  return { blob, scoreFile, fileSha256: await sha256Hex(new Uint8Array(await blob.arrayBuffer())) };
}

export async function createScoreFile(
  content: UnsignedScoreFile,
  signer: Signer,
): Promise<{ blob: Blob; scoreFile: ScoreFile }> {
  return assembleScoreFile(content, formatPublicKey(signer.publicKey), (bytes) =>
    signMessage(signer, NAMESPACES.scores, bytes),
  );
}
