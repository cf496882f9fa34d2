import {
  checkBundleSuccession,
  verifyBundle,
  type Progress,
  type VerifiedBundle,
  bundleChanges,
  rosterPlace,
} from '@core/documents';
import { asResult, type Failure } from '@core/errors';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { CallRecord } from '@renderer/db/schema';

export type ImportResult =
  | { kind: 'refused'; failure: Failure }
  | { kind: 'needs-confirmation'; bundle: VerifiedBundle }
  /** A newer version that says the call changes hands: taken only once its new key is confirmed. */
  | { kind: 'needs-handover-confirmation'; bundle: VerifiedBundle; previousFingerprint: string }
  | {
      kind: 'imported';
      call: CallRecord;
      applicationCount: number;
      previousSequence: number | null;
      removedApplications: string[];
    };

export interface ImportOptions {
  fileName: string;
  /** The user's public key, to find their place in the roster. */
  publicKey: string | null;
  onProgress?: (progress: Progress) => void;
  /** The demo bundle ships inside the app itself, so its issuer needs no confirmation. */
  demo?: boolean;
}

/**
 * Verifies a bundle, then either stores it (a newer version of a known call), asks for the issuer's
 * fingerprint to be confirmed (a new call), or refuses it with the reason. Nothing is written unless
 * every check passed.
 */
export async function importBundle(db: JurydeskDatabase, file: Blob, options: ImportOptions): Promise<ImportResult> {
  const verified = await verifyBundle(file, options.onProgress ? { onProgress: options.onProgress } : {});
  if (!verified.ok) return { kind: 'refused', failure: verified.error };
  const known = await db.calls.get(verified.value.manifest.call.id);
  if (!known)
    return options.demo
      ? storeBundle(db, verified.value, options)
      : { kind: 'needs-confirmation', bundle: verified.value };
  const current = await db.bundles.get(known.bundleSha256);
  if (!current) throw new Error(`call ${known.id} has no stored bundle`);
  const succession = await asResult(() =>
    checkBundleSuccession({ manifest: current.manifest, pinnedIssuerKey: known.pinnedIssuerKey }, verified.value),
  );
  if (!succession.ok) return { kind: 'refused', failure: succession.error };
  if (succession.value)
    return {
      kind: 'needs-handover-confirmation',
      bundle: verified.value,
      previousFingerprint: succession.value.handedOverFrom,
    };
  return storeBundle(db, verified.value, options);
}

/** Stores a verified bundle in one transaction: a crash half-way leaves the previous state whole. */
export async function storeBundle(
  db: JurydeskDatabase,
  bundle: VerifiedBundle,
  options: Pick<ImportOptions, 'fileName' | 'publicKey' | 'demo'> & {
    /** The person confirmed the new key of a call that changes hands: it is the one trusted from now on. */
    handedOver?: boolean;
  },
): Promise<ImportResult> {
  const { manifest, manifestSha256 } = bundle;
  const callId = manifest.call.id;
  const importedAt = new Date().toISOString();
  return db.transaction('rw', [db.calls, db.bundles, db.applications, db.attachments, db.evaluations], async () => {
    const previous = await db.calls.get(callId);
    const previousBundle = previous ? await db.bundles.get(previous.bundleSha256) : undefined;
    const changes = previousBundle
      ? bundleChanges(previousBundle.manifest, manifest)
      : { removedApplicationIds: [], addedApplicationIds: [] };
    const removedNames = changes.removedApplicationIds.map(
      (id) => previousBundle?.manifest.applications.find((application) => application.id === id)?.name ?? id,
    );

    if (previous) {
      await db.bundles.where('callId').equals(callId).delete();
      await db.applications.where('callId').equals(callId).delete();
      await db.attachments.where('callId').equals(callId).delete();
      for (const applicationId of changes.removedApplicationIds) {
        await db.evaluations
          .where('callId')
          .equals(callId)
          .and((evaluation) => evaluation.applicationId === applicationId)
          .delete();
      }
    }

    await db.bundles.put({
      sha256: manifestSha256,
      callId,
      sequence: manifest.sequence,
      fileName: options.fileName,
      importedAt,
      manifestBytes: bundle.manifestBytes,
      manifest,
    });
    await db.applications.bulkPut(
      manifest.applications.map((application, position) => ({ callId, id: application.id, position, application })),
    );
    await db.attachments.bulkPut(
      bundle.attachments.map(({ applicationId, attachment, blob }) => ({
        callId,
        path: attachment.path,
        applicationId,
        name: attachment.name,
        mediaType: attachment.mediaType,
        size: attachment.size,
        sha256: attachment.sha256,
        blob,
      })),
    );

    const place = options.publicKey ? rosterPlace(manifest, options.publicKey) : null;
    const stillOnRoster =
      previous?.jurorId && manifest.jurors.some((juror) => juror.id === previous.jurorId) ? previous.jurorId : null;
    const call: CallRecord = {
      id: callId,
      title: manifest.call.title,
      ...(manifest.call.organizer ? { organizer: manifest.call.organizer } : {}),
      bundleSha256: manifestSha256,
      sequence: manifest.sequence,
      pinnedIssuerKey: (!options.handedOver && previous?.pinnedIssuerKey) || manifest.issuer.publicKey,
      issuerName: manifest.issuer.name,
      issuerFingerprint: bundle.signer.fingerprint,
      jurorId: place?.matched?.id ?? stillOnRoster,
      demo: previous?.demo ?? options.demo ?? false,
      importedAt,
      ...(manifest.retention ? { deleteAfter: manifest.retention.deleteAfter } : {}),
    };
    await db.calls.put(call);
    return {
      kind: 'imported',
      call,
      applicationCount: manifest.applications.length,
      previousSequence: previous?.sequence ?? null,
      removedApplications: removedNames,
    };
  });
}
