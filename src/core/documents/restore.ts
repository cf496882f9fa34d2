import { fingerprint, parsePublicKey, samePublicKey } from '../crypto';
import { JurydeskError } from '../errors';
import type { BundleContext } from './bundle-context';
import type { Evaluation } from './formats/scores';
import { checkJurorAndEvaluations, type VerifiedScoreFile } from './scorefile';

/** What a juror's own score file gives back on a new laptop (docs/FORMATS.md §5, "Restoring"). */
export interface Restoration {
  jurorId: string;
  revision: number;
  evaluations: Evaluation[];
  /** Applications evaluated in the file that the bundle in use no longer has (an earlier version's). */
  withdrawn: string[];
}

export interface RestoreContext {
  /** The bundle the call is at on this laptop. */
  bundle: BundleContext;
  /** The key of this laptop's juror, as an OpenSSH public key line. */
  publicKey: string;
  /** Who this laptop's juror is in the call, when already known. */
  jurorId: string | null;
  /** The revision this laptop last exported for the call, if any. */
  exportedRevision: number | null;
  /** The time of the restore (the app's clock): evaluations dated later than a day past it are not believed. */
  now: string;
}

/**
 * The highest revision a restored file may carry: each export adds one, so a juror never reaches it, and a file
 * claiming 2^53 − 1 would leave no revision for the next export.
 */
export const MAX_RESTORED_REVISION = 1_000_000;
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * A verified score file accepted as this juror's own work to restore: the same call, this bundle or an earlier
 * version of it, signed by this very key, the juror this laptop already is (if known), and a revision later than
 * any exported here, so that revisions keep growing. Evaluations of applications an earlier version had and this one
 * withdrew are left out; the rest must be valid against the bundle in use.
 */
export async function checkRestorableScoreFile(
  verified: VerifiedScoreFile,
  context: RestoreContext,
): Promise<Restoration> {
  const { scoreFile, signer } = verified;
  const { manifest, manifestSha256 } = context.bundle;
  if (scoreFile.call.id !== manifest.call.id)
    throw new JurydeskError('restore.other-call', { call: scoreFile.call.id });
  const ownKey = parsePublicKey(context.publicKey);
  if (!samePublicKey(signer.publicKey, ownKey)) {
    throw new JurydeskError('restore.other-key', { actual: signer.fingerprint, expected: await fingerprint(ownKey) });
  }
  if (context.jurorId !== null && scoreFile.juror.id !== context.jurorId) {
    throw new JurydeskError('restore.other-juror', { juror: scoreFile.juror.name });
  }
  // A laptop that has not said who it is becomes, by restoring, only a juror whose key the roster gives as its own:
  // a file in a keyless member's name (the chair's, say) would otherwise make it that member.
  const rosterEntry = manifest.jurors.find((juror) => juror.id === scoreFile.juror.id);
  if (context.jurorId === null && rosterEntry !== undefined && rosterEntry.publicKey === undefined)
    throw new JurydeskError('restore.choose-first', { juror: rosterEntry.name });
  if (scoreFile.revision > MAX_RESTORED_REVISION)
    throw new JurydeskError('restore.revision-too-high', {
      revision: scoreFile.revision,
      limit: MAX_RESTORED_REVISION,
    });
  const latest = Date.parse(context.now) + CLOCK_SKEW_MS;
  const future = scoreFile.evaluations.find((evaluation) => Date.parse(evaluation.updatedAt) > latest);
  if (future) throw new JurydeskError('restore.future-date', { date: future.updatedAt });
  const sameBundle = scoreFile.bundle.manifestSha256 === manifestSha256;
  if (!sameBundle && scoreFile.bundle.sequence >= manifest.sequence) {
    throw new JurydeskError('restore.later-bundle', {
      sequence: scoreFile.bundle.sequence,
      current: manifest.sequence,
    });
  }
  if (context.exportedRevision !== null && scoreFile.revision <= context.exportedRevision) {
    throw new JurydeskError('restore.not-newer', { revision: scoreFile.revision, exported: context.exportedRevision });
  }
  const inBundle = new Set(manifest.applications.map((application) => application.id));
  const evaluations = scoreFile.evaluations.filter((evaluation) => inBundle.has(evaluation.applicationId));
  await checkJurorAndEvaluations({ juror: scoreFile.juror, evaluations }, signer, manifest);
  return {
    jurorId: scoreFile.juror.id,
    revision: scoreFile.revision,
    evaluations,
    withdrawn: scoreFile.evaluations
      .filter((evaluation) => !inBundle.has(evaluation.applicationId))
      .map((evaluation) => evaluation.applicationId),
  };
}
