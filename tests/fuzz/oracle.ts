import { createHash } from 'node:crypto';
import { verifyBundle } from '@core/documents/bundle';
import { KINDS, type FileKind } from '@core/container/kinds';
import { verifyDeliberation } from '@core/documents/deliberation';
import { describeFailure, errorCodes, JurydeskError, type Failure } from '@core/errors';
import type { BundleManifest } from '@core/documents/formats/bundle';
import type { Deliberation } from '@core/documents/formats/deliberation';
import type { ScoreFile } from '@core/documents/formats/scores';
import { canonicalJson } from '@core/documents/json';
import { verifyScoreFile } from '@core/documents/scorefile';
import { verifyDeclaration } from '@core/documents/declaration';
import type { Declaration } from '@core/documents/formats/declaration';
import { entriesOf, type Layer } from './mutate';
import type { Seeds } from './seeds';

export type Verdict =
  | { readonly outcome: 'refused'; readonly code: string }
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'wrong'; readonly reason: string };

/** What a file was accepted as: its document, who signed it, and (bundles) every attachment's bytes. */
interface Accepted {
  document: unknown;
  fingerprint: string;
  attachments: Map<string, Uint8Array>;
  pinned: boolean;
}

async function verify(
  kind: FileKind,
  file: Uint8Array,
  seeds: Seeds,
): Promise<{ ok: true; value: Accepted } | { ok: false; error: Failure }> {
  const blob = new Blob([file as Uint8Array<ArrayBuffer>]);
  switch (kind) {
    case 'bundle': {
      const result = await verifyBundle(blob);
      if (!result.ok) return result;
      const attachments = new Map<string, Uint8Array>();
      for (const { attachment, blob: data } of result.value.attachments)
        attachments.set(attachment.path, new Uint8Array(await data.arrayBuffer()));
      return {
        ok: true,
        value: {
          document: result.value.manifest,
          fingerprint: result.value.signer.fingerprint,
          attachments,
          pinned: true,
        },
      };
    }
    case 'scores': {
      const result = await verifyScoreFile(blob, { bundle: seeds.bundle });
      if (!result.ok) return result;
      return {
        ok: true,
        value: {
          document: result.value.scoreFile,
          fingerprint: result.value.signer.fingerprint,
          attachments: new Map(),
          pinned: true,
        },
      };
    }
    case 'deliberation': {
      const result = await verifyDeliberation(blob, {
        bundle: seeds.bundle,
        confirmedChairKeys: () => [seeds.signers.deliberation.publicKey],
      });
      if (!result.ok) return result;
      return {
        ok: true,
        value: {
          document: result.value.deliberation,
          fingerprint: result.value.signer.fingerprint,
          attachments: new Map(),
          pinned: result.value.pinnedBy !== null,
        },
      };
    }
    case 'declaration': {
      const { bundle } = seeds;
      const result = await verifyDeclaration(blob, {
        bundleOf: (sha256) => (sha256 === bundle.manifestSha256 ? bundle : undefined),
      });
      if (!result.ok) return result;
      return {
        ok: true,
        value: {
          document: result.value.declaration,
          fingerprint: result.value.signer.fingerprint,
          attachments: new Map(),
          pinned: true,
        },
      };
    }
  }
}

/** A refusal users can read: a known code whose sentence, in both languages, has every placeholder filled. */
function documented(failure: Failure): string | null {
  if (!errorCodes().includes(failure.code)) return `unknown error code ${failure.code}`;
  for (const language of ['en', 'fr'] as const) {
    const sentence = describeFailure(failure, language);
    if (/\{\w+\}|undefined|NaN|\[object/.test(sentence))
      return `the ${language} sentence of ${failure.code} is unfinished: ${sentence}`;
  }
  return null;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The reference for the rules, written apart from core's: decimals as exact fractions, every rule checked plainly. */
function onScale(value: number, scale: { min: number; max: number; step: number }): boolean {
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) return false;
  const decimal = (number: number) => {
    const [mantissa = '', exponent = '0'] = String(number).split('e');
    const [whole = '', fraction = ''] = mantissa.split('.');
    return { digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length };
  };
  const parts = [value, scale.min, scale.step].map(decimal);
  const lowest = Math.min(...parts.map((part) => part.exponent));
  const [v, min, step] = parts.map((part) => part.digits * 10n ** BigInt(part.exponent - lowest));
  return step! > 0n && (v! - min!) % step! === 0n;
}

function duplicated(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

function scoreFileBreaks(document: ScoreFile, manifest: BundleManifest, manifestSha256: string): string | null {
  if (document.bundle?.manifestSha256 !== manifestSha256 || document.call?.id !== manifest.call.id)
    return 'names another bundle';
  const juror = manifest.jurors.find((candidate) => candidate.id === document.juror?.id);
  if (!juror) return 'juror not on the roster';
  const { evaluations } = document;
  if (duplicated(evaluations.map((evaluation) => evaluation.applicationId))) return 'an application evaluated twice';
  const conflicts = new Set(
    (manifest.conflicts ?? [])
      .filter((conflict) => conflict.jurorId === juror.id)
      .map((conflict) => conflict.applicationId),
  );
  for (const evaluation of evaluations) {
    if (!manifest.applications.some((application) => application.id === evaluation.applicationId))
      return 'an unknown application';
    const scores = Object.entries(evaluation.scores);
    for (const [criterionId, score] of scores) {
      const criterion = manifest.criteria.find((candidate) => candidate.id === criterionId);
      if (!criterion) return `an unknown criterion ${criterionId}`;
      if (score !== null && !onScale(score, criterion.scale)) return `a score off the scale: ${score}`;
    }
    const scored = scores.some(([, score]) => score !== null);
    if (
      evaluation.status === 'complete' &&
      manifest.criteria.some(
        (criterion) => criterion.counted !== false && typeof evaluation.scores[criterion.id] !== 'number',
      )
    )
      return 'complete but unscored';
    if (evaluation.status === 'recused' && scored) return 'recused yet scored';
    if (conflicts.has(evaluation.applicationId) && scored) return 'scored despite a conflict';
    if (
      evaluation.recommendation !== undefined &&
      !manifest.outcomes.some((outcome) => outcome.id === evaluation.recommendation)
    )
      return 'an unknown outcome recommended';
    for (const criterionId of Object.keys(evaluation.comments ?? {}))
      if (!manifest.criteria.some((criterion) => criterion.id === criterionId))
        return 'a comment on an unknown criterion';
  }
  return null;
}

function declarationBreaks(document: Declaration, manifest: BundleManifest, manifestSha256: string): string | null {
  if (document.bundle?.manifestSha256 !== manifestSha256 || document.call?.id !== manifest.call.id)
    return 'names another bundle';
  const juror = manifest.jurors.find((candidate) => candidate.id === document.juror?.id);
  if (!juror) return 'juror not on the roster';
  if (juror.publicKey && juror.publicKey.split(' ')[1] !== document.juror.publicKey.split(' ')[1])
    return 'signed with another key than the roster gives';
  const applications = document.interests.map((interest) => interest.applicationId);
  if (duplicated(applications)) return 'an application declared twice';
  if (applications.some((id) => !manifest.applications.some((application) => application.id === id)))
    return 'an interest in an unknown application';
  return null;
}

function deliberationBreaks(document: Deliberation, manifest: BundleManifest): string | null {
  const chair = manifest.jurors.find((juror) => juror.role === 'chair')!;
  if (document.chair?.id !== chair.id) return 'not signed by the chair';
  const { decisions } = document;
  if (duplicated(decisions.map((decision) => decision.applicationId))) return 'decides twice';
  if (duplicated(document.results.map((result) => result.applicationId))) return 'two results for one application';
  if (duplicated(document.inputs.map((input) => input.jurorId))) return 'two inputs from one juror';
  if (duplicated(document.inputs.map((input) => input.sha256))) return 'one input cited twice';
  for (const decision of decisions) {
    if (!manifest.applications.some((application) => application.id === decision.applicationId))
      return 'decides on an unknown application';
    if (!manifest.outcomes.some((outcome) => outcome.id === decision.outcome)) return 'an unknown outcome';
  }
  for (const outcome of manifest.outcomes) {
    if (
      outcome.capacity !== undefined &&
      decisions.filter((decision) => decision.outcome === outcome.id).length > outcome.capacity
    )
      return `over the capacity of ${outcome.id}`;
  }
  return null;
}

function bundleBreaks(manifest: BundleManifest, attachments: Map<string, Uint8Array>): string | null {
  for (const list of [manifest.criteria, manifest.jurors, manifest.outcomes, manifest.applications])
    if (duplicated(list.map((item) => item.id))) return 'a duplicate id';
  if (manifest.jurors.filter((juror) => juror.role === 'chair').length !== 1) return 'not exactly one chair';
  for (const criterion of manifest.criteria) {
    if (!(criterion.scale.max > criterion.scale.min) || !onScale(criterion.scale.max, criterion.scale))
      return 'a scale that makes no sense';
    for (const level of criterion.levels ?? [])
      if (!onScale(level.value, criterion.scale)) return 'a level off its scale';
  }
  if (!manifest.criteria.some((criterion) => criterion.counted !== false)) return 'no counted criterion';
  const listed = manifest.applications.flatMap((application) => application.attachments ?? []);
  if (listed.length !== attachments.size) return 'attachments listed and stored differ';
  for (const attachment of listed) {
    const bytes = attachments.get(attachment.path);
    if (
      !bytes ||
      bytes.length !== attachment.size ||
      createHash('sha256').update(bytes).digest('hex') !== attachment.sha256
    )
      return `attachment ${attachment.path} is not what the manifest says`;
  }
  return null;
}

/** The document a signed text stands for, read by the platform's parser: what core must accept it as, member for member. */
function documentOfMutant(file: Uint8Array, kind: FileKind): unknown {
  const entry = entriesOf(file).find((candidate) => candidate.name === KINDS[kind].document);
  return entry ? JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(entry.data)) : undefined;
}

export async function judge(
  kind: FileKind,
  layer: Layer,
  mutant: Uint8Array,
  seeds: Seeds,
  original: Accepted,
): Promise<Verdict> {
  let result;
  try {
    result = await verify(kind, mutant, seeds);
  } catch (error) {
    return {
      outcome: 'wrong',
      reason: `crash: ${error instanceof JurydeskError ? `JurydeskError ${error.code} thrown past the entry point` : error instanceof Error ? error.stack : String(error)}`,
    };
  }
  if (!result.ok) {
    const problem = documented(result.error);
    return problem ? { outcome: 'wrong', reason: problem } : { outcome: 'refused', code: result.error.code };
  }
  const accepted = result.value;
  if (!accepted.pinned) return { outcome: 'wrong', reason: 'a deliberation accepted with its chair unpinned' };
  if (layer !== 'document') {
    if (canonicalJson(accepted.document) !== canonicalJson(original.document))
      return { outcome: 'wrong', reason: 'accepted with another document than the one signed' };
    if (accepted.fingerprint !== original.fingerprint)
      return { outcome: 'wrong', reason: 'accepted with another signer' };
    if (accepted.attachments.size !== original.attachments.size)
      return { outcome: 'wrong', reason: 'accepted with other attachments' };
    for (const [path, bytes] of original.attachments)
      if (!sameBytes(accepted.attachments.get(path) ?? new Uint8Array(), bytes))
        return { outcome: 'wrong', reason: `accepted with other bytes for ${path}` };
    return { outcome: 'accepted' };
  }
  let signed: unknown;
  try {
    signed = documentOfMutant(mutant, kind);
  } catch {
    return { outcome: 'wrong', reason: 'accepted a document that is not strict JSON' };
  }
  if (signed !== undefined && canonicalJson(accepted.document) !== canonicalJson(signed))
    return {
      outcome: 'wrong',
      reason: 'accepted as something else than the signed text says (a member dropped or changed)',
    };
  const broken =
    kind === 'scores'
      ? scoreFileBreaks(accepted.document as ScoreFile, seeds.bundle.manifest, seeds.bundle.manifestSha256)
      : kind === 'deliberation'
        ? deliberationBreaks(accepted.document as Deliberation, seeds.bundle.manifest)
        : kind === 'declaration'
          ? declarationBreaks(accepted.document as Declaration, seeds.bundle.manifest, seeds.bundle.manifestSha256)
          : bundleBreaks(accepted.document as BundleManifest, accepted.attachments);
  return broken ? { outcome: 'wrong', reason: `accepted though it breaks a rule: ${broken}` } : { outcome: 'accepted' };
}

/** What each seed file is accepted as, for mutants that must be accepted as exactly that or refused. */
export async function acceptedSeed(kind: FileKind, seeds: Seeds): Promise<Accepted> {
  const result = await verify(kind, seeds.files[kind], seeds);
  if (!result.ok) throw new Error(`the ${kind} seed does not verify: ${result.error.code}`);
  return result.value;
}
