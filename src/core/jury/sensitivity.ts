import { jurorTotals, rankingValues, ranks, type JurorTotal, type Method } from './aggregate';
import { selectedCapacity } from './flags';
import type { BundleManifest, ScoreFile } from '../documents';

export type Scenario =
  | { kind: 'method'; id: 'mean' | 'median' | 'trimmed-mean' | 'z-score'; method: Method }
  | { kind: 'without-juror'; id: string; jurorId: string; method: Method };

export interface ScenarioOutcome {
  scenario: Scenario;
  selected: string[];
  /** Selected here but not under the base method, and the reverse. */
  entered: string[];
  left: string[];
}

export interface Sensitivity {
  /** Places in the `selected` outcomes; sensitivity needs every one of them to have a capacity. */
  capacity: number;
  base: string[];
  outcomes: ScenarioOutcome[];
}

function selectedUnder(
  manifest: BundleManifest,
  totals: readonly JurorTotal[],
  method: Method,
  capacity: number,
): string[] {
  return [...ranks(rankingValues(manifest, totals, method))]
    .filter(([, rank]) => rank !== null && rank <= capacity)
    .map(([applicationId]) => applicationId)
    .sort();
}

/**
 * Which applications fill the selected outcomes' places under each aggregate, with z-score calibration, and
 * with each juror left out in turn — and which move in or out compared with the base method (docs/DESIGN.md §3).
 * Thirty jurors make thirty-five rankings: each is made from the juror totals, computed once.
 */
export function sensitivity(manifest: BundleManifest, files: readonly ScoreFile[], base: Method): Sensitivity | null {
  const capacity = selectedCapacity(manifest);
  if (capacity === null) return null;
  const totals = jurorTotals(manifest, files);
  const baseSet = selectedUnder(manifest, totals, base, capacity);
  const inBase = new Set(baseSet);
  const scenarios: Scenario[] = [
    { kind: 'method', id: 'mean', method: { aggregate: 'mean', normalization: 'none' } },
    { kind: 'method', id: 'median', method: { aggregate: 'median', normalization: 'none' } },
    { kind: 'method', id: 'trimmed-mean', method: { aggregate: 'trimmed-mean', normalization: 'none' } },
    { kind: 'method', id: 'z-score', method: { aggregate: base.aggregate, normalization: 'z-score' } },
    ...files.map((file): Scenario => ({
      kind: 'without-juror',
      id: `without:${file.juror.id}`,
      jurorId: file.juror.id,
      method: base,
    })),
  ];
  const outcomes = scenarios.map((scenario) => {
    const subset =
      scenario.kind === 'without-juror' ? totals.filter((entry) => entry.jurorId !== scenario.jurorId) : totals;
    const selected = selectedUnder(manifest, subset, scenario.method, capacity);
    const inScenario = new Set(selected);
    return {
      scenario,
      selected,
      entered: selected.filter((id) => !inBase.has(id)),
      left: baseSet.filter((id) => !inScenario.has(id)),
    };
  });
  return { capacity, base: baseSet, outcomes };
}

/** Where one application stands: selected under the chosen method or not, and the scenarios that say otherwise. */
export interface Standing {
  selected: boolean;
  exceptions: Scenario[];
}

export function standingOf(analysis: Sensitivity, applicationId: string): Standing {
  const selected = analysis.base.includes(applicationId);
  return {
    selected,
    exceptions: analysis.outcomes
      .filter((outcome) => outcome.selected.includes(applicationId) !== selected)
      .map((outcome) => outcome.scenario),
  };
}
