import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { parsePublicKey } from '@core/crypto';
import type { BundleContext, VerifiedDeliberation } from '@core/documents';
import { verifyDeliberation } from '@core/verify';
import type { Failure } from '@core/errors';
import { useServices } from '@renderer/app/context';
import type { ConfirmedKey, PublishedVersion } from '@renderer/db/schema';
import { confirmedKeysFor, namedIn } from '@renderer/features/verify/stored-bundle';
import type { StaffCall } from './use-staff-call';

export type Received =
  | { step: 'none' }
  | { step: 'checking' }
  | { step: 'valid'; fileName: string; verified: VerifiedDeliberation; bundle: BundleContext }
  | { step: 'invalid'; fileName: string; failure: Failure };

/** The version a deliberation names, else the last one: checking against it says what is wrong. */
function versionFor(
  versions: readonly PublishedVersion[],
  manifestSha256: string | null,
): PublishedVersion | undefined {
  return versions.find((version) => version.manifestSha256 === manifestSha256) ?? versions.at(-1);
}

/** A deliberation checked against the version it names, the chair pinned by the roster or by a confirmed key. */
async function checkReceived(
  fileName: string,
  bytes: Uint8Array,
  versions: readonly PublishedVersion[],
  confirmed: readonly ConfirmedKey[],
): Promise<Received> {
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const version = versionFor(versions, (await namedIn(file))?.manifestSha256 ?? null);
  if (!version) return { step: 'none' };
  const bundle: BundleContext = { manifest: version.manifest, manifestSha256: version.manifestSha256 };
  const result = await verifyDeliberation(file, {
    bundle,
    confirmedChairKeys: (deliberation) =>
      confirmed
        .filter((entry) => entry.jurorId === deliberation.chair.id)
        .map((entry) => parsePublicKey(entry.publicKey)),
  });
  return result.ok
    ? { step: 'valid', fileName, verified: result.value, bundle }
    : { step: 'invalid', fileName, failure: result.error };
}

/**
 * The deliberation staff received for a call, checked against the version of the call they signed that it names,
 * the chair pinned by the roster or by a fingerprint staff confirmed here. The last file received is kept and
 * checked again whenever the page opens.
 */
export function useReceivedDeliberation(staff: StaffCall) {
  const { db } = useServices();
  const record = staff.record!;
  const callId = record.description.call.id;
  const confirmed = useLiveQuery(() => confirmedKeysFor(db, callId), [db, callId]);
  const [received, setReceived] = useState<Received>({ step: 'none' });
  const stored = record.received;
  const versions = record.versions;

  useEffect(() => {
    if (!stored || !confirmed) return;
    let current = true;
    void checkReceived(stored.fileName, stored.bytes, versions, confirmed).then(
      (result) => current && setReceived(result),
    );
    return () => {
      current = false;
    };
  }, [stored, confirmed, versions]);

  /** Kept only when sound: a file that fails leaves the deliberation received before as it was. */
  async function receive(file: File) {
    setReceived({ step: 'checking' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await checkReceived(file.name, bytes, versions, confirmed ?? []);
    setReceived(result);
    if (result.step !== 'valid') return;
    await staff.update((draft) => ({
      ...draft,
      received: { fileName: file.name, bytes, receivedAt: new Date().toISOString() },
    }));
  }

  /** Staff compared the fingerprint with the chair's, by a way of their own: the key is kept for this call. */
  async function confirmChair(verified: VerifiedDeliberation) {
    const { deliberation, signer } = verified;
    await db.confirmedKeys.put({
      callId,
      jurorId: deliberation.chair.id,
      publicKey: deliberation.chair.publicKey,
      fingerprint: signer.fingerprint,
      confirmedAt: new Date().toISOString(),
    });
  }

  return { received, receive, confirmChair };
}
