import * as z from 'zod';
import { bundleDetails, type BundleContext } from './bundle-context';
import { buildContainer, type ContainerLimits } from '../container';
import { asResult, JurydeskError, type Phrase, type Result } from '../errors';
import { carriedInputs, checkInputs, invalid, type DeliberationInputFile } from './deliberation-inputs';
import type { Outcome } from './formats/bundle';
import { DELIBERATION_FORMAT, deliberationSchema, type Decision, type Deliberation } from './formats/deliberation';
import {
  fingerprint,
  formatPublicKey,
  parsePublicKey,
  samePublicKey,
  type PublicKey,
  type Signer,
  utf8,
  NAMESPACES,
  signMessage,
} from '../crypto';
import type { ScoreFile } from './formats/scores';
import { canonicalJson } from './json';
import { openSignedDocument, type SignerIdentity } from './signed';

/**
 * Why the signer can be trusted as the chair (docs/FORMATS.md §6): the roster gives the chair that key, or the
 * person checking confirmed that key for the chair. Null: the signature is sound, but nothing says whose key it is.
 */
export type ChairPin = 'roster' | 'confirmed' | null;

export interface VerifiedDeliberation {
  readonly deliberation: Deliberation;
  readonly signer: SignerIdentity;
  readonly pinnedBy: ChairPin;
  /** The score files it holds, in the order it cites them, each verified and matching its citation. */
  readonly inputs: readonly ScoreFile[];
}

export interface VerifyDeliberationOptions {
  readonly bundle?: BundleContext;
  readonly limits?: ContainerLimits;
  /**
   * Keys the person checking confirmed for the chair a deliberation names (an allowed_signers file, a fingerprint
   * confirmed in the app), asked once the document is read.
   */
  readonly confirmedChairKeys?: (deliberation: Pick<Deliberation, 'call' | 'chair'>) => readonly PublicKey[];
}

function requireUnique(values: readonly string[], reason: Phrase, detail: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw invalid(reason, { [detail]: value });
    seen.add(value);
  }
}

/**
 * Decisions name known outcomes (and applications, when `applicationIds` is given), at most once each, and no
 * outcome holds more than its capacity.
 */
export function checkDecisions(
  decisions: readonly Decision[],
  outcomes: readonly Outcome[],
  applicationIds?: ReadonlySet<string>,
): void {
  requireUnique(
    decisions.map((decision) => decision.applicationId),
    'decided-twice',
    'application',
  );
  const known = new Set(outcomes.map((outcome) => outcome.id));
  const counts = new Map<string, number>();
  for (const decision of decisions) {
    if (applicationIds && !applicationIds.has(decision.applicationId))
      throw invalid('unknown-application', { application: decision.applicationId });
    if (!known.has(decision.outcome)) throw invalid('unknown-outcome', { outcome: decision.outcome });
    counts.set(decision.outcome, (counts.get(decision.outcome) ?? 0) + 1);
  }
  for (const outcome of outcomes) {
    const count = counts.get(outcome.id) ?? 0;
    if (outcome.capacity !== undefined && count > outcome.capacity) {
      throw new JurydeskError('deliberation.capacity-exceeded', {
        outcome: outcome.label,
        count,
        capacity: outcome.capacity,
      });
    }
  }
}

/**
 * What a deliberation must be on its own, with or without its bundle (docs/FORMATS.md §6): one result and one
 * decision per application, each score file cited once, and decisions within the outcomes it states.
 */
export function checkDeliberationShape(deliberation: Deliberation): void {
  requireUnique(
    deliberation.results.map((result) => result.applicationId),
    'result-twice',
    'application',
  );
  requireUnique(
    deliberation.inputs.map((input) => input.jurorId),
    'input-juror-twice',
    'juror',
  );
  requireUnique(
    deliberation.inputs.map((input) => input.sha256),
    'input-twice',
    'file',
  );
  // One voice per key: a key that signed for two jurors counted one person twice.
  requireUnique(
    deliberation.inputs.map((input) => input.fingerprint),
    'input-key-twice',
    'fingerprint',
  );
  requireUnique(
    deliberation.decisions.map((decision) => decision.applicationId),
    'decided-twice',
    'application',
  );
  if (deliberation.outcomes) {
    requireUnique(
      deliberation.outcomes.map((outcome) => outcome.id),
      'outcome-twice',
      'outcome',
    );
    checkDecisions(deliberation.decisions, deliberation.outcomes);
  }
}

/** The outcomes a deliberation states, as the bundle gives them: what makes a capacity what it is. */
function sameOutcomes(stated: readonly Outcome[], bundle: readonly Outcome[]): boolean {
  // The label too: a restated label is what a reader of the deliberation alone takes the decision to mean.
  const key = (outcome: Outcome) =>
    `${outcome.id}\u0000${outcome.kind}\u0000${outcome.capacity ?? ''}\u0000${canonicalJson(outcome.label)}`;
  return stated.length === bundle.length && stated.every((outcome, index) => key(outcome) === key(bundle[index]!));
}

/** Signed by the roster's chair (and by the roster's key for the chair where it gives one), for the loaded bundle. */
export async function checkDeliberationAgainstBundle(
  deliberation: Deliberation,
  signer: SignerIdentity,
  bundle: BundleContext,
): Promise<void> {
  const { manifest } = bundle;
  if (deliberation.bundle.manifestSha256 !== bundle.manifestSha256 || deliberation.call.id !== manifest.call.id) {
    throw new JurydeskError('deliberation.wrong-bundle', bundleDetails(bundle, deliberation.bundle.manifestSha256));
  }
  const chair = manifest.jurors.find((juror) => juror.role === 'chair');
  if (!chair || chair.id !== deliberation.chair.id) {
    throw new JurydeskError('deliberation.not-chair', {
      signer: `${deliberation.chair.name} (${deliberation.chair.id})`,
    });
  }
  const rosterKey = chair.publicKey ? parsePublicKey(chair.publicKey) : undefined;
  if (rosterKey && !samePublicKey(rosterKey, signer.publicKey)) {
    throw new JurydeskError('deliberation.signer-mismatch', {
      actual: signer.fingerprint,
      expected: await fingerprint(rosterKey),
    });
  }
  const applicationIds = new Set(manifest.applications.map((application) => application.id));
  const unknown = deliberation.results.find((result) => !applicationIds.has(result.applicationId));
  if (unknown) throw invalid('unknown-application', { application: unknown.applicationId });
  const jurorIds = new Set(manifest.jurors.map((juror) => juror.id));
  const stranger = deliberation.inputs.find((input) => !jurorIds.has(input.jurorId));
  if (stranger) throw invalid('unknown-input-juror', { juror: stranger.jurorId });
  if (deliberation.outcomes && !sameOutcomes(deliberation.outcomes, manifest.outcomes))
    throw invalid('outcomes-differ', {});
  checkDecisions(deliberation.decisions, manifest.outcomes, applicationIds);
}

/** A key confirmed for the chair pins it; another key where one was confirmed is refused, as a roster key would be. */
async function chairPin(
  deliberation: Deliberation,
  signer: SignerIdentity,
  options: VerifyDeliberationOptions,
): Promise<ChairPin> {
  // Against a bundle whose roster gives the chair's key, any other signer was refused already.
  const rosterKey = options.bundle?.manifest.jurors.find((juror) => juror.role === 'chair')?.publicKey;
  if (rosterKey) return 'roster';
  const confirmed = options.confirmedChairKeys?.(deliberation) ?? [];
  if (confirmed.some((key) => samePublicKey(key, signer.publicKey))) return 'confirmed';
  if (confirmed[0])
    throw new JurydeskError('deliberation.confirmed-key-mismatch', {
      actual: signer.fingerprint,
      expected: await fingerprint(confirmed[0]),
    });
  return null;
}

/** Refuses a deliberation whose signer nothing pins to the chair, with the fingerprint to check and how to pin it. */
export function requirePinnedChair(verified: VerifiedDeliberation): void {
  if (verified.pinnedBy !== null) return;
  const { chair } = verified.deliberation;
  throw new JurydeskError('deliberation.unpinned-signer', {
    fingerprint: verified.signer.fingerprint,
    chair: chair.name,
    chairId: chair.id,
  });
}

export function verifyDeliberation(
  source: Blob,
  options: VerifyDeliberationOptions = {},
): Promise<Result<VerifiedDeliberation>> {
  return asResult(async () => {
    const signed = await openSignedDocument(
      source,
      'deliberation',
      deliberationSchema,
      (deliberation) => deliberation.chair.publicKey,
      options.limits,
    );
    checkDeliberationShape(signed.document);
    // Without the outcomes it states, nothing but the bundle says what its decisions mean and how many places each has.
    if (!options.bundle && !signed.document.outcomes) throw new JurydeskError('deliberation.needs-bundle');
    if (options.bundle) await checkDeliberationAgainstBundle(signed.document, signed.signer, options.bundle);
    const inputs = await checkInputs(signed.container, signed.document, options.bundle);
    return {
      deliberation: signed.document,
      signer: signed.signer,
      pinnedBy: await chairPin(signed.document, signed.signer, options),
      inputs,
    };
  });
}

export const unsignedDeliberationSchema = deliberationSchema
  .omit({ format: true, formatVersion: true })
  .extend({ chair: z.looseObject({ id: z.string(), name: z.string() }) });
export type UnsignedDeliberation = z.infer<typeof unsignedDeliberationSchema>;

/**
 * Builds a signed deliberation carrying every score file it cites under inputs/; `signDocument` signs the exact bytes
 * wherever the chair's key lives. Refuses to write a deliberation whose inputs are not exactly those it cites.
 */
export async function assembleDeliberation(
  content: UnsignedDeliberation,
  publicKey: string,
  signDocument: (document: Uint8Array) => Promise<string>,
  inputFiles: readonly DeliberationInputFile[],
): Promise<{ blob: Blob; deliberation: Deliberation }> {
  const deliberation = deliberationSchema.parse({
    format: DELIBERATION_FORMAT,
    formatVersion: 1,
    ...content,
    chair: { ...content.chair, publicKey },
  });
  checkDeliberationShape(deliberation);
  const attachments = await carriedInputs(deliberation, inputFiles);
  const bytes = utf8(canonicalJson(deliberation));
  return {
    blob: await buildContainer('deliberation', bytes, await signDocument(bytes), attachments),
    deliberation,
  };
}

export async function createDeliberation(
  content: UnsignedDeliberation,
  signer: Signer,
  inputFiles: readonly DeliberationInputFile[],
): Promise<{ blob: Blob; deliberation: Deliberation }> {
  return assembleDeliberation(
    content,
    formatPublicKey(signer.publicKey),
    (bytes) => signMessage(signer, NAMESPACES.deliberation, bytes),
    inputFiles,
  );
}
