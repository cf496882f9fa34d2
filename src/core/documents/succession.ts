import { fingerprint, parsePublicKey, samePublicKey } from '../crypto';
import { JurydeskError } from '../errors';
import type { VerifiedBundle } from './bundle';
import type { BundleManifest } from './formats/bundle';

/** What is already known of a call on this machine: the bundle in use and the issuer key pinned at first import. */
export interface KnownCall {
  readonly manifest: BundleManifest;
  readonly pinnedIssuerKey: string;
}

/**
 * A bundle for a call already loaded must carry a higher sequence and come from the pinned issuer key
 * (docs/DESIGN.md §2) — or say that the call changes hands from that very key, which the person opening it then
 * confirms by comparing the new fingerprint with staff. Says which.
 */
export async function checkBundleSuccession(
  known: KnownCall,
  next: VerifiedBundle,
): Promise<{ handedOverFrom: string } | null> {
  const call = known.manifest.call.title;
  if (next.manifest.call.id !== known.manifest.call.id) {
    throw new JurydeskError('bundle.other-call', { actual: next.manifest.call.id, expected: known.manifest.call.id });
  }
  const pinned = parsePublicKey(known.pinnedIssuerKey);
  const sameIssuer = samePublicKey(pinned, next.signer.publicKey);
  const handover = next.manifest.handover;
  // Only a hand-over from the key this laptop trusts: naming any other key is no hand-over at all.
  const handedOver = !sameIssuer && handover && samePublicKey(parsePublicKey(handover.previousIssuerPublicKey), pinned);
  if (!sameIssuer && !handedOver) {
    throw new JurydeskError('bundle.issuer-changed', {
      call,
      actual: next.signer.fingerprint,
      expected: await fingerprint(pinned),
    });
  }
  if (next.manifest.sequence <= known.manifest.sequence) {
    throw new JurydeskError('bundle.lower-sequence', {
      call,
      actual: next.manifest.sequence,
      current: known.manifest.sequence,
    });
  }
  return handedOver ? { handedOverFrom: await fingerprint(pinned) } : null;
}
