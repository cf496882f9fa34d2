import * as z from 'zod';
import { buildContainer, forEachAttachment, isValidAttachmentPath, type ContainerLimits } from '../container';
import { asResult, JurydeskError, term, type ErrorDetails, type Phrase, type Result } from '../errors';
import { bundleManifestSchema, isCounted, isOnScale, type Attachment, type BundleManifest } from './formats/bundle';
import {
  NAMESPACES,
  sha256Hex,
  formatPublicKey,
  parsePublicKey,
  samePublicKey,
  signMessage,
  utf8,
  type Signer,
} from '../crypto';
import { canonicalJson } from './json';
import { openSignedDocument, schemaFailureReason, type SignerIdentity } from './signed';

export interface BundleAttachment {
  readonly applicationId: string;
  readonly attachment: Attachment;
  /** A lazy slice of the bundle file: storing it never needs the whole attachment in memory. */
  readonly blob: Blob;
}

export interface VerifiedBundle {
  readonly manifest: BundleManifest;
  readonly manifestBytes: Uint8Array;
  readonly manifestSha256: string;
  readonly signer: SignerIdentity;
  readonly attachments: readonly BundleAttachment[];
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface VerifyBundleOptions {
  readonly limits?: ContainerLimits;
  readonly onProgress?: (progress: Progress) => void;
}

function invalid(reason: Phrase, details: ErrorDetails = {}): JurydeskError {
  return new JurydeskError('bundle.invalid', { reason: term(reason), ...details });
}

function requireUnique(ids: readonly string[], reason: Phrase, details: ErrorDetails = {}) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw invalid(reason, { id, ...details });
    seen.add(id);
  }
}

/** What a juror's grid can show: each point of a scale is a choice on screen, each criterion a group of them. */
export const GRID_LIMITS = { criteria: 50, scalePoints: 201, magnitude: 1_000_000 } as const;

/**
 * Version 0 of a call only gathers jurors' declarations of interests before the draw (docs/FORMATS.md §4): it opens
 * the chain, and shows each application by its name and summary, nothing of the dossier, no assignment.
 */
function checkDeclarationsVersion(manifest: BundleManifest): void {
  if (manifest.previousManifestSha256 !== null) throw invalid('declarations-version-previous');
  const detailed = manifest.applications.find(
    (application) =>
      application.fields !== undefined || application.answers !== undefined || application.attachments !== undefined,
  );
  if (detailed) throw invalid('declarations-version-dossier', { id: detailed.id });
  if (manifest.assignments !== undefined) throw invalid('declarations-version-assignments');
}

/** What the schema cannot say: ids unique and referenced ids existing, scales that make sense, one chair. */
export function checkManifestConsistency(manifest: BundleManifest): void {
  const lists: [readonly { id: string }[], Phrase][] = [
    [manifest.criteria, 'duplicate-criterion'],
    [manifest.jurors, 'duplicate-juror'],
    [manifest.outcomes, 'duplicate-outcome'],
    [manifest.applications, 'duplicate-application'],
  ];
  for (const [items, reason] of lists)
    requireUnique(
      items.map((item) => item.id),
      reason,
    );

  // A signed bundle is still input to a juror's screen: a grid it could not draw is refused like a broken one.
  if (manifest.criteria.length > GRID_LIMITS.criteria)
    throw invalid('too-many-criteria', { count: manifest.criteria.length, limit: GRID_LIMITS.criteria });
  for (const criterion of manifest.criteria) {
    const name = { criterion: criterion.label };
    const { min, max, step } = criterion.scale;
    if (Math.abs(min) > GRID_LIMITS.magnitude || Math.abs(max) > GRID_LIMITS.magnitude)
      throw invalid('scale-too-wide', { ...name, limit: GRID_LIMITS.magnitude });
    if (!(criterion.scale.max > criterion.scale.min)) throw invalid('scale-order', name);
    if ((max - min) / step + 1 > GRID_LIMITS.scalePoints)
      throw invalid('scale-too-fine', { ...name, limit: GRID_LIMITS.scalePoints });
    if (!isOnScale(criterion.scale.max, criterion.scale)) throw invalid('scale-step', name);
    for (const level of criterion.levels ?? []) {
      if (!isOnScale(level.value, criterion.scale)) throw invalid('level-off-scale', { value: level.value, ...name });
    }
    requireUnique(
      (criterion.levels ?? []).map((level) => String(level.value)),
      'duplicate-level',
      name,
    );
  }
  if (!manifest.criteria.some(isCounted)) throw invalid('no-counted-criterion');

  const chairs = manifest.jurors.filter((juror) => juror.role === 'chair');
  if (chairs.length !== 1) throw invalid('chair-count', { count: chairs.length });
  const keys = manifest.jurors.flatMap((juror) => (juror.publicKey ? [parsePublicKey(juror.publicKey)] : []));
  keys.forEach((key, index) => {
    if (keys.slice(0, index).some((other) => samePublicKey(other, key))) throw invalid('shared-key');
  });

  const jurorIds = new Set(manifest.jurors.map((juror) => juror.id));
  const applicationIds = new Set(manifest.applications.map((application) => application.id));
  const checkReference = (jurorId: string, applicationId: string) => {
    if (!jurorIds.has(jurorId)) throw invalid('unknown-juror-reference', { id: jurorId });
    if (!applicationIds.has(applicationId)) throw invalid('unknown-application-reference', { id: applicationId });
  };
  for (const conflict of manifest.conflicts ?? []) checkReference(conflict.jurorId, conflict.applicationId);
  for (const assignment of manifest.assignments ?? []) {
    for (const applicationId of assignment.applicationIds) checkReference(assignment.jurorId, applicationId);
  }
  requireUnique(
    (manifest.assignments ?? []).map((assignment) => assignment.jurorId),
    'duplicate-assignment',
  );

  if (manifest.sequence === 0) checkDeclarationsVersion(manifest);
  if (manifest.handover) {
    // Nothing before it: version 0, or a version 1 that cites none (one that follows a version 0 may hand over).
    if (manifest.sequence === 0 || (manifest.sequence === 1 && manifest.previousManifestSha256 === null))
      throw invalid('handover-first-version');
    if (
      samePublicKey(
        parsePublicKey(manifest.handover.previousIssuerPublicKey),
        parsePublicKey(manifest.issuer.publicKey),
      )
    )
      throw invalid('handover-same-key');
  }

  const factKeys = new Set([
    ...Object.keys(manifest.fieldLabels ?? {}),
    ...manifest.applications.flatMap((application) => Object.keys(application.fields ?? {})),
  ]);
  requireUnique(manifest.fieldOrder ?? [], 'duplicate-field-order');
  for (const key of manifest.fieldOrder ?? [])
    if (!factKeys.has(key)) throw invalid('unknown-field-order', { id: key });

  const paths = manifest.applications.flatMap((application) => (application.attachments ?? []).map((a) => a.path));
  for (const path of paths) if (!isValidAttachmentPath(path)) throw invalid('invalid-attachment-path', { id: path });
  requireUnique(paths, 'duplicate-attachment-path');
}

/** Opens and fully checks a bundle: container, signature, manifest, and every attachment's size and SHA-256. */
export function verifyBundle(source: Blob, options: VerifyBundleOptions = {}): Promise<Result<VerifiedBundle>> {
  return asResult(async () => {
    const signed = await openSignedDocument(
      source,
      'bundle',
      bundleManifestSchema,
      (manifest) => manifest.issuer.publicKey,
      options.limits,
    );
    const manifest = signed.document;
    checkManifestConsistency(manifest);

    const listed = manifest.applications.flatMap((application) =>
      (application.attachments ?? []).map((attachment) => ({ applicationId: application.id, attachment })),
    );
    const listedPaths = new Set(listed.map(({ attachment }) => attachment.path));
    for (const path of signed.container.attachments.keys()) {
      if (!listedPaths.has(path)) throw new JurydeskError('container.unlisted-entry', { path });
    }
    const total = listed.reduce((sum, { attachment }) => sum + attachment.size, 0);
    let done = 0;
    options.onProgress?.({ done, total });
    const byPath = new Map(listed.map((item) => [item.attachment.path, item.attachment]));
    // Sizes first, from the zip's directory: a size that lies is refused before gigabytes are hashed.
    for (const attachment of byPath.values()) {
      const entry = signed.container.attachments.get(attachment.path);
      if (!entry) throw new JurydeskError('container.missing-entry', { path: attachment.path });
      if (entry.size !== attachment.size) {
        throw new JurydeskError('attachment.size-mismatch', {
          path: attachment.path,
          actual: entry.size,
          expected: attachment.size,
        });
      }
    }
    const blobs = new Map<string, Blob>();
    await forEachAttachment(
      signed.container,
      [...byPath.keys()],
      async (path, { blob, sha256 }) => {
        if (sha256 !== byPath.get(path)!.sha256) throw new JurydeskError('attachment.hash-mismatch', { path });
        blobs.set(path, blob);
      },
      (bytes) => {
        done += bytes;
        options.onProgress?.({ done, total });
      },
    );
    const attachments: BundleAttachment[] = listed.map(({ applicationId, attachment }) => ({
      applicationId,
      attachment,
      blob: blobs.get(attachment.path)!,
    }));
    options.onProgress?.({ done: total, total });
    return {
      manifest,
      manifestBytes: signed.container.document,
      manifestSha256: await sha256Hex(signed.container.document),
      signer: signed.signer,
      attachments,
    };
  });
}

export interface AttachmentSource {
  readonly attachment: Attachment;
  readonly data: Blob | Uint8Array;
}

/** The manifest as staff write it; the issuer's key is filled in from the signer so the two cannot disagree. */
export const unsignedManifestSchema = bundleManifestSchema.extend({
  issuer: z.looseObject({ name: z.string().min(1) }),
});
export type UnsignedManifest = z.infer<typeof unsignedManifestSchema>;

/**
 * The manifest a signature by `publicKey` would cover, checked as a juror's laptop will check it: what staff learn
 * before signing rather than from a juror who cannot open the bundle.
 */
export function completeManifest(manifest: UnsignedManifest, publicKey: string): BundleManifest {
  const parsed = bundleManifestSchema.safeParse(
    { ...manifest, issuer: { ...manifest.issuer, publicKey } },
    { reportInput: true },
  );
  if (!parsed.success) throw new JurydeskError('bundle.invalid', { reason: schemaFailureReason(parsed.error) });
  checkManifestConsistency(parsed.data);
  return parsed.data;
}

/**
 * Builds a signed bundle. `signDocument` signs the exact bytes in the bundle namespace wherever staff's key lives
 * (the main process, a browser's non-extractable key); `publicKey` is that key's OpenSSH line.
 */
export async function assembleBundle(
  manifest: UnsignedManifest,
  attachments: readonly AttachmentSource[],
  publicKey: string,
  signDocument: (document: Uint8Array) => Promise<string>,
  onBytes?: (bytesDone: number) => void,
): Promise<{ blob: Blob; manifest: BundleManifest; manifestSha256: string }> {
  const complete = completeManifest(manifest, publicKey);
  const bytes = utf8(canonicalJson(complete));
  const blob = await buildContainer(
    'bundle',
    bytes,
    await signDocument(bytes),
    attachments.map(({ attachment, data }) => ({ path: attachment.path, data })),
    onBytes,
  );
  return { blob, manifest: complete, manifestSha256: await sha256Hex(bytes) };
}

export function createBundle(
  manifest: UnsignedManifest,
  attachments: readonly AttachmentSource[],
  signer: Signer,
  onBytes?: (bytesDone: number) => void,
): Promise<{ blob: Blob; manifest: BundleManifest; manifestSha256: string }> {
  return assembleBundle(
    manifest,
    attachments,
    formatPublicKey(signer.publicKey),
    (bytes) => signMessage(signer, NAMESPACES.bundle, bytes),
    onBytes,
  );
}
