import type { BundleManifest, Juror } from './formats/bundle';
import { parsePublicKey, samePublicKey } from '../crypto';

export interface RosterPlace {
  /** The roster juror whose key is the user's own, if any: no question to ask. */
  matched: Juror | null;
  /** Places the user may claim: those for which the roster gives no key. */
  claimable: Juror[];
}

/** Where the user stands in a call's roster, given their public key (docs/DESIGN.md §2: the roster's key wins). */
export function rosterPlace(manifest: BundleManifest, publicKeyLine: string): RosterPlace {
  const mine = parsePublicKey(publicKeyLine);
  const matched =
    manifest.jurors.find((juror) => juror.publicKey && samePublicKey(parsePublicKey(juror.publicKey), mine)) ?? null;
  return { matched, claimable: matched ? [] : manifest.jurors.filter((juror) => !juror.publicKey) };
}

export interface BundleChanges {
  removedApplicationIds: string[];
  addedApplicationIds: string[];
}

/** What a newer bundle of the same call changes in the list of applications. */
export function bundleChanges(previous: BundleManifest, next: BundleManifest): BundleChanges {
  const before = new Set(previous.applications.map((application) => application.id));
  const after = new Set(next.applications.map((application) => application.id));
  return {
    removedApplicationIds: [...before].filter((id) => !after.has(id)),
    addedApplicationIds: [...after].filter((id) => !before.has(id)),
  };
}
