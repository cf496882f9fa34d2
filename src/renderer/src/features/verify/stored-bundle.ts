import { useCallback } from 'react';
import type { BundleContext, VerifyDeliberationOptions } from '@core/documents';
import { openContainer } from '@core/container';
import { parsePublicKey } from '@core/crypto';
import { useServices } from '@renderer/app/context';

/** What this laptop knows that a file can be checked against: the bundle it names, and keys confirmed for its call. */
export interface VerificationContext {
  readonly bundle: BundleContext | null;
  /** The call the document names, read before any verification: where a confirmation is kept. */
  readonly callId: string | null;
  readonly confirmedChairKeys: NonNullable<VerifyDeliberationOptions['confirmedChairKeys']>;
}

const NOTHING_KNOWN: VerificationContext = { bundle: null, callId: null, confirmedChairKeys: () => [] };

/**
 * The stored bundle a score file or deliberation names, if this laptop has it (the file is then checked against its
 * roster too), and the keys the user confirmed for that call's jurors, their own included when they are its chair.
 * Read from the document's own `call` and `bundle`, before any verification: the verification that follows says
 * whatever is wrong with the file.
 */
export function useVerificationContext(): (file: Blob) => Promise<VerificationContext> {
  const { db, identity } = useServices();
  return useCallback(
    async (file: Blob) => {
      let named: { call?: { id?: unknown }; bundle?: { manifestSha256?: unknown } };
      try {
        const container = await openContainer(file, 'any');
        if (container.kind === 'bundle') return NOTHING_KNOWN;
        named = JSON.parse(new TextDecoder().decode(container.document)) as typeof named;
      } catch {
        return NOTHING_KNOWN;
      }
      const callId = typeof named.call?.id === 'string' ? named.call.id : null;
      const manifestSha256 = named.bundle?.manifestSha256;
      const stored = typeof manifestSha256 === 'string' ? await db.bundles.get(manifestSha256) : undefined;
      const [call, confirmed] = callId
        ? await Promise.all([db.calls.get(callId), db.confirmedKeys.where('callId').equals(callId).toArray()])
        : [undefined, []];
      return {
        bundle: stored ? { manifest: stored.manifest, manifestSha256: stored.sha256 } : null,
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
