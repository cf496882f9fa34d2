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
}

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
