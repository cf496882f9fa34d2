import { assembleDeclaration, canonicalJson, type BundleManifest, type UnsignedDeclaration } from '@core/documents';
import type { Bridge } from '@renderer/bridge';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { DeclarationRecord } from '@renderer/db/schema';
import { safeFilePart } from '@renderer/features/scoring/export-scores';

export interface DeclarationContext {
  callId: string;
  jurorId: string;
  manifest: BundleManifest;
  manifestSha256: string;
  publicKey: string;
}

/** The interests in the bundle's order, each reason trimmed: what the file says, whatever order they were ticked in. */
export function interestsOf(
  manifest: BundleManifest,
  interests: Record<string, string>,
): UnsignedDeclaration['interests'] {
  return manifest.applications
    .filter((application) => application.id in interests)
    .map((application) => {
      const reason = interests[application.id]!.trim();
      return { applicationId: application.id, ...(reason ? { reason } : {}) };
    });
}

export function sameInterests(a: UnsignedDeclaration['interests'], b: UnsignedDeclaration['interests']): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Signs and saves the juror's declaration (docs/FORMATS.md §11): a new revision when the interests changed since the
 * last export, else that same file again, so that clicking twice never makes two revisions of one answer. The
 * revision is recorded only once the file was saved.
 */
export async function exportDeclaration(
  db: JurydeskDatabase,
  bridge: Bridge,
  context: DeclarationContext,
  exportedAt: string,
): Promise<{ record: DeclarationRecord; unchanged: boolean } | null> {
  const juror = context.manifest.jurors.find((candidate) => candidate.id === context.jurorId);
  if (!juror) throw new Error(`juror ${context.jurorId} is not on the roster`);
  const stored = await db.declarations.get([context.callId, context.jurorId]);
  const interests = interestsOf(context.manifest, stored?.interests ?? {});
  const previous = stored?.exported;
  const sign = (revision: number, at: string) =>
    assembleDeclaration(
      {
        call: { id: context.manifest.call.id },
        bundle: { sequence: context.manifest.sequence, manifestSha256: context.manifestSha256 },
        juror: { id: juror.id, name: juror.name },
        revision,
        exportedAt: at,
        interests,
      },
      context.publicKey,
      (bytes) => bridge.sign('declaration', bytes),
    );
  if (stored && previous && sameInterests(previous.declared, interests)) {
    const again = await sign(previous.revision, previous.exportedAt);
    // Another key since (a restored identity) gives other bytes: then it is a new revision after all.
    if (again.fileSha256 === previous.fileSha256)
      return (await bridge.saveFile(previous.fileName, again.blob)) ? { record: stored, unchanged: true } : null;
  }
  const revision = (previous?.revision ?? 0) + 1;
  const { blob, fileSha256 } = await sign(revision, exportedAt);
  const fileName = `${safeFilePart(context.callId)}-${safeFilePart(juror.name)}-interests-r${revision}.jurydeclaration`;
  if (!(await bridge.saveFile(fileName, blob))) return null;
  // Only the export is recorded: what the juror ticked while it was being signed stays as they left it.
  const record = await db.transaction('rw', db.declarations, async () => {
    const latest = await db.declarations.get([context.callId, context.jurorId]);
    const next: DeclarationRecord = {
      callId: context.callId,
      jurorId: context.jurorId,
      interests: latest?.interests ?? {},
      exported: { revision, exportedAt, fileName, fileSha256, declared: interests },
    };
    await db.declarations.put(next);
    return next;
  });
  return { record, unchanged: false };
}
