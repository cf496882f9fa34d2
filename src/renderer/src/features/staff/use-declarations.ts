import { useState } from 'react';
import { applyDeclaration, declarationsManifest } from '@core/calls';
import { formatPublicKey, parsePublicKey } from '@core/crypto';
import { assembleBundle, verifyDeclaration } from '@core/documents';
import { asResult, JurydeskError, type Failure } from '@core/errors';
import { useServices } from '@renderer/app/context';
import type { Identity } from '@renderer/bridge';
import type { PublishedVersion } from '@renderer/db/schema';
import type { StaffCall } from './use-staff-call';

/** Seconds are enough in `issuedAt`, as the CLI writes it. */
const issuedNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export type DeclarationReceipt =
  | { fileName: string; ok: true; juror: string; revision: number; interests: number; setAside: number }
  | { fileName: string; ok: false; failure: Failure };

/**
 * Declarations of interests on the staff desk (docs/FORMATS.md §11): version 0 signed for jurors to declare on,
 * then their declarations received, each checked against the version it cites and joining the conflicts.
 */
export function useDeclarations(staff: StaffCall, staffKey: Identity | null) {
  const { bridge } = useServices();
  const [signing, setSigning] = useState<{ fileName: string } | { failure: unknown } | null>(null);
  const [receipts, setReceipts] = useState<DeclarationReceipt[]>([]);
  const { record, mapped } = staff;

  async function signVersionZero() {
    if (!record || !mapped || !staffKey || record.versions.length > 0) return;
    try {
      const issuedAt = issuedNow();
      const { blob, manifest, manifestSha256 } = await assembleBundle(
        declarationsManifest(record.description, mapped, issuedAt),
        [],
        staffKey.publicKey,
        (document) => bridge.signBundle(document),
      );
      const fileName = `${manifest.call.id}-v0-interests.jurybundle`;
      if (!(await bridge.saveFile(fileName, blob))) return setSigning(null);
      const version: PublishedVersion = { sequence: 0, manifestSha256, issuedAt, manifest };
      await staff.update((draft) => ({ ...draft, versions: [...draft.versions, version] }));
      setSigning({ fileName });
    } catch (failure) {
      setSigning({ failure });
    }
  }

  /** One file after another: a later revision of one juror, dropped with the earlier, replaces it in order. */
  async function receive(files: readonly File[]) {
    if (!record) return;
    const done: DeclarationReceipt[] = [];
    for (const file of files) {
      const outcome = await asResult(async () => {
        const verified = await verifyDeclaration(file, {
          bundleOf: (sha256) => staff.record?.versions.find((version) => version.manifestSha256 === sha256),
          // A key staff confirmed, else the one the juror declared with before: one voice per juror.
          knownKeyOf: (jurorId) => {
            const known =
              staff.record?.confirmedKeys?.[jurorId] ??
              staff.record?.declarations?.find((previous) => previous.jurorId === jurorId)?.signerPublicKey;
            return known ? parsePublicKey(known) : undefined;
          },
        });
        if (!verified.ok) throw new JurydeskError(verified.error.code, verified.error.details);
        const { declaration, fileSha256, signer } = verified.value;
        // The call as it now stands: a juror or an application staff have since removed has no conflict to join.
        const juror = record.description.jurors.find((candidate) => candidate.id === declaration.juror.id);
        if (!juror)
          throw new JurydeskError('declaration.unknown-juror', {
            juror: `${declaration.juror.name} (${declaration.juror.id})`,
          });
        const current = new Set(mapped?.applications.map((application) => application.id));
        const interests = declaration.interests.filter((interest) => current.has(interest.applicationId));
        await staff.update((draft) => {
          const previous = draft.declarations?.find((known) => known.jurorId === juror.id);
          const applied = applyDeclaration(draft.description.conflicts ?? [], previous, {
            jurorId: juror.id,
            jurorName: juror.name,
            revision: declaration.revision,
            fileSha256,
            signerFingerprint: signer.fingerprint,
            signerPublicKey: formatPublicKey({ ...signer.publicKey, comment: '' }),
            interests: interests.map(({ applicationId, reason }) => ({ applicationId, ...(reason ? { reason } : {}) })),
          });
          return {
            ...draft,
            description: { ...draft.description, conflicts: applied.conflicts },
            declarations: [
              ...(draft.declarations ?? []).filter((known) => known.jurorId !== declaration.juror.id),
              applied.declaration,
            ],
          };
        });
        return {
          juror: juror.name,
          revision: declaration.revision,
          interests: interests.length,
          setAside: declaration.interests.length - interests.length,
        };
      });
      done.push(
        outcome.ok
          ? { fileName: file.name, ok: true, ...outcome.value }
          : { fileName: file.name, ok: false, failure: outcome.error },
      );
    }
    setReceipts(done);
  }

  return { signing, signVersionZero, receipts, receive };
}
