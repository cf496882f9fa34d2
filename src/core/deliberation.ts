import { z } from 'zod';
import { bundleDetails, type BundleContext } from './bundle-context';
import { buildContainer, DEFAULT_LIMITS, type ContainerLimits } from './container';
import { asResult, JurydeskError, term, type ErrorDetails, type Phrase, type Result } from './errors';
import type { BundleManifest } from './formats/bundle';
import { labelText } from './formats/common';
import { DELIBERATION_FORMAT, deliberationSchema, type Decision, type Deliberation } from './formats/deliberation';
import { fingerprint, formatPublicKey, parsePublicKey, samePublicKey, type Signer } from './keys';
import { utf8 } from './bytes';
import { canonicalJson } from './json';
import { openSignedDocument, type SignerIdentity } from './signed';
import { NAMESPACES, signMessage } from './sshsig';

export interface VerifiedDeliberation {
  readonly deliberation: Deliberation;
  readonly signer: SignerIdentity;
}

export interface VerifyDeliberationOptions {
  readonly bundle?: BundleContext;
  readonly limits?: ContainerLimits;
}

function invalid(reason: Phrase, details: ErrorDetails): JurydeskError {
  return new JurydeskError('deliberation.invalid', { reason: term(reason), ...details });
}

/** Decisions name known applications and outcomes, at most once each, and no outcome holds more than its capacity. */
export function checkDecisions(decisions: readonly Decision[], manifest: BundleManifest): void {
  const applicationIds = new Set(manifest.applications.map((application) => application.id));
  const decided = new Set<string>();
  const counts = new Map<string, number>();
  for (const decision of decisions) {
    if (!applicationIds.has(decision.applicationId)) throw invalid('unknown-application', { application: decision.applicationId });
    if (decided.has(decision.applicationId)) throw invalid('decided-twice', { application: decision.applicationId });
    decided.add(decision.applicationId);
    if (!manifest.outcomes.some((outcome) => outcome.id === decision.outcome)) {
      throw invalid('unknown-outcome', { outcome: decision.outcome });
    }
    counts.set(decision.outcome, (counts.get(decision.outcome) ?? 0) + 1);
  }
  for (const outcome of manifest.outcomes) {
    const count = counts.get(outcome.id) ?? 0;
    if (outcome.capacity !== undefined && count > outcome.capacity) {
      throw new JurydeskError('deliberation.capacity-exceeded', {
        outcome: labelText(outcome.label, 'en'),
        count,
        capacity: outcome.capacity,
      });
    }
  }
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
    throw new JurydeskError('deliberation.not-chair', { signer: `${deliberation.chair.name} (${deliberation.chair.id})` });
  }
  const rosterKey = chair.publicKey ? parsePublicKey(chair.publicKey) : undefined;
  if (rosterKey && !samePublicKey(rosterKey, signer.publicKey)) {
    throw new JurydeskError('deliberation.signer-mismatch', { actual: signer.fingerprint, expected: await fingerprint(rosterKey) });
  }
  const applicationIds = new Set(manifest.applications.map((application) => application.id));
  const unknown = deliberation.results.find((result) => !applicationIds.has(result.applicationId));
  if (unknown) throw invalid('unknown-application', { application: unknown.applicationId });
  const jurorIds = new Set(manifest.jurors.map((juror) => juror.id));
  const stranger = deliberation.inputs.find((input) => !jurorIds.has(input.jurorId));
  if (stranger) throw invalid('unknown-input-juror', { juror: stranger.jurorId });
  checkDecisions(deliberation.decisions, manifest);
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
      options.limits ?? DEFAULT_LIMITS,
    );
    if (options.bundle) await checkDeliberationAgainstBundle(signed.document, signed.signer, options.bundle);
    return { deliberation: signed.document, signer: signed.signer };
  });
}

export const unsignedDeliberationSchema = deliberationSchema
  .omit({ format: true, formatVersion: true })
  .extend({ chair: z.looseObject({ id: z.string(), name: z.string() }) });
export type UnsignedDeliberation = z.infer<typeof unsignedDeliberationSchema>;

/** Builds a signed deliberation; `signDocument` signs the exact bytes wherever the chair's key lives. */
export async function assembleDeliberation(
  content: UnsignedDeliberation,
  publicKey: string,
  signDocument: (document: Uint8Array) => Promise<string>,
): Promise<{ blob: Blob; deliberation: Deliberation }> {
  const deliberation = deliberationSchema.parse({
    format: DELIBERATION_FORMAT,
    formatVersion: 1,
    ...content,
    chair: { ...content.chair, publicKey },
  });
  const bytes = utf8(canonicalJson(deliberation));
  return { blob: await buildContainer('deliberation', bytes, await signDocument(bytes)), deliberation };
}

export async function createDeliberation(content: UnsignedDeliberation, signer: Signer): Promise<{ blob: Blob; deliberation: Deliberation }> {
  return assembleDeliberation(content, formatPublicKey(signer.publicKey), (bytes) => signMessage(signer, NAMESPACES.deliberation, bytes));
}
