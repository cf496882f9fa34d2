import { useState } from 'react';
import { applyDeclaration, declarationsManifest } from '@core/calls';
import { parsePublicKey } from '@core/crypto';
import { assembleBundle, verifyDeclaration } from '@core/documents';
import { asResult, JurydeskError, type Failure } from '@core/errors';
import { useServices } from '@renderer/app/context';
import type { Identity } from '@renderer/bridge';
import type { PublishedVersion } from '@renderer/db/schema';
import type { StaffCall } from './use-staff-call';

/** Seconds are enough in `issuedAt`, as the CLI writes it. */
const issuedNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export type DeclarationReceipt =
  | { fileName: string; ok: true; juror: string; revision: number; interests: number }
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
          knownKeyOf: (jurorId) => {
            const confirmed = staff.record?.confirmedKeys?.[jurorId];
            return confirmed ? parsePublicKey(confirmed) : undefined;
          },
        });
        if (!verified.ok) throw new JurydeskError(verified.error.code, verified.error.details);
        const { declaration, fileSha256, signer } = verified.value;
        await staff.update((draft) => {
          const previous = draft.declarations?.find((known) => known.jurorId === declaration.juror.id);
          const applied = applyDeclaration(draft.description.conflicts ?? [], previous, {
            jurorId: declaration.juror.id,
            jurorName: declaration.juror.name,
            revision: declaration.revision,
            fileSha256,
            signerFingerprint: signer.fingerprint,
            interests: declaration.interests.map(({ applicationId, reason }) => ({
              applicationId,
              ...(reason ? { reason } : {}),
            })),
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
        return declaration;
      });
      done.push(
        outcome.ok
          ? {
              fileName: file.name,
              ok: true,
              juror: outcome.value.juror.name,
              revision: outcome.value.revision,
              interests: outcome.value.interests.length,
            }
          : { fileName: file.name, ok: false, failure: outcome.error },
      );
    }
    setReceipts(done);
  }

  return { signing, signVersionZero, receipts, receive };
}
