import type { BundleManifest } from './formats/bundle';

/** The loaded bundle that a score file or a deliberation is checked against. */
export interface BundleContext {
  readonly manifest: BundleManifest;
  readonly manifestSha256: string;
}

/** How messages name a bundle: short hash, so two bundles can be told apart at a glance. */
export function bundleDetails(bundle: BundleContext, actualSha256: string) {
  return {
    actual: actualSha256.slice(0, 12),
    expected: bundle.manifestSha256.slice(0, 12),
    call: bundle.manifest.call.title,
    sequence: bundle.manifest.sequence,
  };
}
