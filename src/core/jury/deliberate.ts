import type { ComputedResult, Method } from './aggregate';
import {
  checkDecisions,
  type UnsignedDeliberation,
  type BundleManifest,
  type ApplicationResult,
  type Decision,
} from '../documents';
import type { ReceivedFile } from './merge';
import type { RankUncertainty, UncertaintySettings } from './uncertainty';

/** The rank intervals of a merge, and how they were drawn. */
export interface RankingUncertainty {
  settings: UncertaintySettings;
  byApplication: ReadonlyMap<string, RankUncertainty>;
}

/** The results exactly as a deliberation file holds them (docs/FORMATS.md §6). */
export function deliberationResults(
  results: readonly ComputedResult[],
  uncertainty?: RankingUncertainty,
): ApplicationResult[] {
  return results.map(({ trimmedMean: _trimmedMean, reasons: _reasons, ...result }) => {
    const mine = uncertainty?.byApplication.get(result.applicationId);
    return uncertainty
      ? { ...result, rankInterval: mine?.interval ?? null, selectedProbability: mine?.selectedProbability ?? null }
      : result;
  });
}

export interface DeliberationInput {
  manifest: BundleManifest;
  manifestSha256: string;
  chair: { id: string; name: string };
  revision: number;
  decidedAt: string;
  method: Method;
  /** The score files the merge accepted: the deliberation names each by hash (docs/FORMATS.md §6). */
  accepted: readonly ReceivedFile[];
  results: readonly ComputedResult[];
  uncertainty?: RankingUncertainty;
  decisions: readonly Decision[];
  minutes?: string;
}

/** A deliberation's content from the merge and the chair's decisions; refuses decisions over an outcome's capacity. */
export function deliberationContent(input: DeliberationInput): UnsignedDeliberation {
  const order = new Map(input.manifest.applications.map((application, index) => [application.id, index]));
  const decisions = [...input.decisions].sort(
    (a, b) => (order.get(a.applicationId) ?? 0) - (order.get(b.applicationId) ?? 0),
  );
  checkDecisions(
    decisions,
    input.manifest.outcomes,
    new Set(input.manifest.applications.map((application) => application.id)),
  );
  return {
    call: { id: input.manifest.call.id },
    bundle: { sequence: input.manifest.sequence, manifestSha256: input.manifestSha256 },
    chair: input.chair,
    revision: input.revision,
    decidedAt: input.decidedAt,
    method: { ...input.method },
    ...(input.uncertainty ? { uncertainty: { ...input.uncertainty.settings } } : {}),
    outcomes: input.manifest.outcomes.map(({ id, label, kind, capacity }) => ({
      id,
      label,
      kind,
      ...(capacity === undefined ? {} : { capacity }),
    })),
    inputs: [...input.accepted]
      .sort((a, b) => a.jurorId.localeCompare(b.jurorId))
      .map((file) => ({
        jurorId: file.jurorId,
        revision: file.revision,
        sha256: file.sha256,
        fingerprint: file.fingerprint,
      })),
    results: deliberationResults(input.results, input.uncertainty),
    decisions,
    ...(input.minutes?.trim() ? { minutes: input.minutes } : {}),
  };
}
