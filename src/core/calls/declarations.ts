import { JurydeskError } from '../errors';
import type { CallDescription } from './call-description';

type Conflict = NonNullable<CallDescription['conflicts']>[number];

/** A juror's declaration as the staff desk keeps it: which revision, which file, and what it added to the conflicts. */
export interface ReceivedDeclaration {
  readonly jurorId: string;
  readonly jurorName: string;
  readonly revision: number;
  readonly fileSha256: string;
  readonly signerFingerprint: string;
  /** The key it was signed with: a juror the roster gives no key for declares again with this one, or not at all. */
  readonly signerPublicKey: string;
  readonly interests: readonly { applicationId: string; reason?: string }[];
  /** The conflicts this declaration added: those staff had already written stay theirs when it is replaced. */
  readonly added: readonly string[];
}

/**
 * A juror's declaration joining the call's conflicts: it replaces that juror's previous one (a later revision only),
 * withdrawing what the previous one added and adding what staff had not already written.
 */
export function applyDeclaration(
  conflicts: readonly Conflict[],
  previous: ReceivedDeclaration | undefined,
  next: Omit<ReceivedDeclaration, 'added'>,
): { conflicts: Conflict[]; declaration: ReceivedDeclaration } {
  if (previous && next.revision < previous.revision)
    throw new JurydeskError('declaration.not-newer', {
      juror: next.jurorName,
      revision: next.revision,
      current: previous.revision,
    });
  if (previous && next.revision === previous.revision && next.fileSha256 !== previous.fileSha256)
    throw new JurydeskError('declaration.revision-differs', { juror: next.jurorName, revision: next.revision });
  // One voice per juror: a later revision signed with another key is not theirs to make.
  if (previous && previous.signerPublicKey !== next.signerPublicKey)
    throw new JurydeskError('declaration.signer-mismatch', {
      juror: next.jurorName,
      actual: next.signerFingerprint,
      expected: previous.signerFingerprint,
    });
  // The same file again changes nothing: not even a conflict staff removed since comes back.
  if (previous?.fileSha256 === next.fileSha256) return { conflicts: [...conflicts], declaration: previous };
  const withdrawn = new Set(previous?.added ?? []);
  const kept = conflicts.filter(
    (conflict) => conflict.jurorId !== next.jurorId || !withdrawn.has(conflict.applicationId),
  );
  const already = new Set(kept.filter((conflict) => conflict.jurorId === next.jurorId).map((c) => c.applicationId));
  const fresh = next.interests.filter((interest) => !already.has(interest.applicationId));
  return {
    conflicts: [
      ...kept,
      ...fresh.map(({ applicationId, reason }) => ({
        jurorId: next.jurorId,
        applicationId,
        ...(reason?.trim() ? { reason: reason.trim() } : {}),
      })),
    ],
    declaration: { ...next, added: fresh.map((interest) => interest.applicationId) },
  };
}
