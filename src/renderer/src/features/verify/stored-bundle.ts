import { useCallback } from 'react';
import type { BundleContext, VerifyDeliberationOptions } from '@core/documents';
import { openContainer } from '@core/container';
import { parsePublicKey } from '@core/crypto';
import { useServices } from '@renderer/app/context';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { ConfirmedKey } from '@renderer/db/schema';

/** What this laptop knows that a file can be checked against: the bundle it names, and keys confirmed for its call. */
export interface VerificationContext {
  readonly bundle: BundleContext | null;
  /** The call the document names, read before any verification: where a confirmation is kept. */
  readonly callId: string | null;
  readonly confirmedChairKeys: NonNullable<VerifyDeliberationOptions['confirmedChairKeys']>;
}

const NOTHING_KNOWN: VerificationContext = { bundle: null, callId: null, confirmedChairKeys: () => [] };

/** The call and bundle a score file or deliberation names, read before any verification; null for a bundle or junk. */
export async function namedIn(file: Blob): Promise<{ callId: string | null; manifestSha256: string | null } | null> {
  try {
    const container = await openContainer(file, 'any');
    if (container.kind === 'bundle') return null;
    const named = JSON.parse(new TextDecoder().decode(container.document)) as {
      call?: { id?: unknown };
      bundle?: { manifestSha256?: unknown };
    };
    return {
      callId: typeof named.call?.id === 'string' ? named.call.id : null,
      manifestSha256: typeof named.bundle?.manifestSha256 === 'string' ? named.bundle.manifestSha256 : null,
    };
  } catch {
    return null;
  }
}

/** The keys the user confirmed for a call's chair on this laptop (docs/FORMATS.md §6). */
export async function confirmedKeysFor(db: JurydeskDatabase, callId: string): Promise<ConfirmedKey[]> {
  return db.confirmedKeys.where('callId').equals(callId).toArray();
}

/** A version staff signed on this laptop, when a file names it and no juror's copy of the bundle is stored. */
async function publishedBundle(db: JurydeskDatabase, manifestSha256: string): Promise<BundleContext | null> {
  const calls = await db.staffCalls.toArray();
  const version = calls
    .flatMap((call) => call.versions)
    .find((candidate) => candidate.manifestSha256 === manifestSha256);
  return version ? { manifest: version.manifest, manifestSha256 } : null;
}

/**
 * The stored bundle a score file or deliberation names, if this laptop has it (the file is then checked against its
 * roster too) — a juror's copy or a version staff signed here — and the keys the user confirmed for that call's
 * jurors, their own included when they are its chair. Read from the document's own `call` and `bundle`, before any
 * verification: the verification that follows says whatever is wrong with the file.
 */
export function useVerificationContext(): (file: Blob) => Promise<VerificationContext> {
  const { db, identity } = useServices();
  return useCallback(
    async (file: Blob) => {
      const named = await namedIn(file);
      if (!named) return NOTHING_KNOWN;
      const { callId, manifestSha256 } = named;
      const stored = manifestSha256 ? await db.bundles.get(manifestSha256) : undefined;
      const bundle = stored
        ? { manifest: stored.manifest, manifestSha256: stored.sha256 }
        : manifestSha256
          ? await publishedBundle(db, manifestSha256)
          : null;
      const [call, confirmed] = callId
        ? await Promise.all([db.calls.get(callId), confirmedKeysFor(db, callId)])
        : [undefined, []];
      return {
        bundle,
        callId,
        confirmedChairKeys: (deliberation) => [
          ...confirmed
            .filter((entry) => entry.jurorId === deliberation.chair.id)
            .map((entry) => parsePublicKey(entry.publicKey)),
          // The chair checking their own deliberation on their own laptop knows their own key.
          ...(identity && call?.jurorId === deliberation.chair.id ? [parsePublicKey(identity.publicKey)] : []),
        ],
      };
    },
    [db, identity],
  );
}
