import type { BundleManifest, Outcome, Decision } from '../documents';

export interface OutcomeLoad {
  outcome: Outcome;
  count: number;
  full: boolean;
}

/** How many applications each outcome holds, and which are full. */
export function outcomeLoads(
  manifest: BundleManifest,
  decisions: readonly Pick<Decision, 'applicationId' | 'outcome'>[],
): OutcomeLoad[] {
  return manifest.outcomes.map((outcome) => {
    const count = decisions.filter((decision) => decision.outcome === outcome.id).length;
    return { outcome, count, full: outcome.capacity !== undefined && count >= outcome.capacity };
  });
}

/**
 * The outcome that refuses this decision because it is already full, or null when the decision fits
 * (moving an application within the same outcome always fits).
 */
export function fullOutcomeFor(
  manifest: BundleManifest,
  decisions: readonly Pick<Decision, 'applicationId' | 'outcome'>[],
  applicationId: string,
  outcomeId: string,
): Outcome | null {
  const others = decisions.filter((decision) => decision.applicationId !== applicationId);
  const load = outcomeLoads(manifest, others).find((entry) => entry.outcome.id === outcomeId);
  return load?.full ? load.outcome : null;
}
