import { AGGREGATES, jurorTotals, rankingValues, type JurorTotal, type Method } from './aggregate';
import { indexTotals } from './juror-graph';
import { selectedCapacity } from './flags';
import { weightedValues } from './uncertainty';
import { round4, type BundleManifest, type ScoreFile } from '../documents';

/** What a ranking needs of a call: its applications, and its outcomes for the places. */
type RankedCall = Pick<BundleManifest, 'applications' | 'outcomes'>;

export type Scenario =
  | { kind: 'method'; id: 'mean' | 'median' | 'trimmed-mean' | 'z-score' | 'bias-model'; method: Method }
  | { kind: 'without-juror'; id: string; jurorId: string; method: Method };

/**
 * Whom a ranking puts within the places: never more names than places (docs/METHODS.md, "Ties at the cut-off").
 * Applications level at the cut-off, more of them than the places left, are `tied` for those `tiedPlaces`: the
 * call's tie-break or a draw decides which, not the ranking.
 */
export interface Selection {
  /** Within the places whatever the tie-break, sorted by id. */
  sure: string[];
  /** Level at the cut-off and more than the places left, sorted by id; empty when no tie straddles it. */
  tied: string[];
  tiedPlaces: number;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  selected: Selection;
  /** Within the places or tied for them here but not under the base method, and the reverse. */
  entered: string[];
  left: string[];
  /** In both, but sure of a place in one and tied for it in the other: where each stands here. */
  moved: { applicationId: string; place: Place }[];
}

export interface Sensitivity {
  /** Places in the `selected` outcomes; sensitivity needs every one of them to have a capacity. */
  capacity: number;
  base: Selection;
  outcomes: ScenarioOutcome[];
}

/** Where an application stands in a selection. */
export type Place = 'selected' | 'tied' | 'out';

export function placeIn(selection: Selection, applicationId: string): Place {
  if (selection.sure.includes(applicationId)) return 'selected';
  return selection.tied.includes(applicationId) ? 'tied' : 'out';
}

const reached = (selection: Selection) => [...selection.sure, ...selection.tied];

/**
 * A ranking's values at the 4 decimals files keep, in the manifest's order of applications; NaN where an application
 * has none. Scenarios copy and change this array: a national call makes 300 of them over 10,000 applications.
 */
function roundedValues(manifest: RankedCall, values: ReadonlyMap<string, number | null>): Float64Array {
  return Float64Array.from(manifest.applications, (application) => {
    const value = values.get(application.id) ?? null;
    return value === null ? NaN : round4(value);
  });
}

/**
 * The applications within the places. Ties share a rank (`ranks`): those above the capacity-th largest value are
 * in; those level with it are in too when they fit in the places left, and tied for them when they do not.
 */
function selectedIn(manifest: RankedCall, rounded: Float64Array, capacity: number): Selection {
  const descending = rounded
    .filter((value) => !Number.isNaN(value))
    .sort()
    .reverse();
  const filled = Math.min(capacity, descending.length);
  // No value at all leaves no threshold, and NaN reaches none.
  const threshold = descending[filled - 1] ?? NaN;
  const sure: string[] = [];
  const level: string[] = [];
  rounded.forEach((value, index) => {
    if (value > threshold) sure.push(manifest.applications[index]!.id);
    else if (value === threshold) level.push(manifest.applications[index]!.id);
  });
  const placesLeft = filled - sure.length;
  if (level.length <= placesLeft) return { sure: [...sure, ...level].sort(), tied: [], tiedPlaces: 0 };
  return { sure: sure.sort(), tied: level.sort(), tiedPlaces: placesLeft };
}

/** What `selectedIn` selects, from a ranking's values by application id. */
export function selectedFrom(
  manifest: RankedCall,
  values: ReadonlyMap<string, number | null>,
  capacity: number,
): Selection {
  return selectedIn(manifest, roundedValues(manifest, values), capacity);
}

interface BaseRanking {
  method: Method;
  rounded: Float64Array;
  /** Each application's juror totals, in the order of the totals; and its place in the manifest. */
  byApplication: ReadonlyMap<string, { position: number; entries: JurorTotal[] }>;
  byJuror: ReadonlyMap<string, string[]>;
}

/**
 * The base ranking's values with one juror left out. Without calibration an application's value depends on its own
 * totals only, so only the applications that juror scored change: a national call's 300 jurors each saw about 100
 * of 10,000. With calibration or the bias model, every juror's scale enters every value, and the ranking is made
 * again — by the resampling's weighted evaluator, the juror's evaluations weighing nothing, so that the totals are
 * numbered and the solver's arrays made once for all the jurors.
 */
function withoutEachJuror(
  manifest: RankedCall,
  totals: readonly JurorTotal[],
  base: BaseRanking,
): (jurorId: string) => Float64Array {
  if (base.method.normalization === 'none') {
    const aggregate = AGGREGATES[base.method.aggregate];
    return (jurorId) => {
      const rounded = base.rounded.slice();
      for (const applicationId of base.byJuror.get(jurorId) ?? []) {
        const { position, entries } = base.byApplication.get(applicationId)!;
        const value = aggregate(entries.filter((entry) => entry.jurorId !== jurorId).map((entry) => entry.total));
        rounded[position] = value === null ? NaN : round4(value);
      }
      return rounded;
    };
  }
  const index = indexTotals(
    manifest.applications.map((application) => application.id),
    totals,
  );
  const valuesUnder = weightedValues(index, base.method);
  const weights = new Float64Array(index.total.length);
  return (jurorId) => {
    const left = index.jurorIds.indexOf(jurorId);
    for (let k = 0; k < weights.length; k++) weights[k] = index.juror[k] === left ? 0 : 1;
    return valuesUnder(weights).map((value) => (Number.isNaN(value) ? NaN : round4(value)));
  };
}

/**
 * Which applications fill the selected outcomes' places under each aggregate, with z-score calibration, with the bias model, and
 * with each juror left out in turn — and which move in or out compared with the base method (docs/DESIGN.md §3).
 * Thirty jurors make thirty-five rankings: each is made from the juror totals, computed once, and a juror left out
 * changes only what they scored (withoutEachJuror).
 */
export function sensitivity(manifest: BundleManifest, files: readonly ScoreFile[], base: Method): Sensitivity | null {
  return sensitivityOfTotals(
    manifest,
    files.map((file) => file.juror.id),
    jurorTotals(manifest, files),
    base,
  );
}

/** The sensitivity analysis from the juror totals and the jurors whose files were used: what the app's worker gets. */
export function sensitivityOfTotals(
  manifest: RankedCall,
  jurorIds: readonly string[],
  totals: readonly JurorTotal[],
  base: Method,
): Sensitivity | null {
  const capacity = selectedCapacity(manifest);
  if (capacity === null) return null;
  const positions = new Map(manifest.applications.map((application, position) => [application.id, position]));
  const byApplication = new Map<string, { position: number; entries: JurorTotal[] }>();
  const byJuror = new Map<string, string[]>();
  for (const entry of totals) {
    const ofApplication = byApplication.get(entry.applicationId);
    if (ofApplication) ofApplication.entries.push(entry);
    else byApplication.set(entry.applicationId, { position: positions.get(entry.applicationId)!, entries: [entry] });
    const ofJuror = byJuror.get(entry.jurorId);
    if (ofJuror) ofJuror.push(entry.applicationId);
    else byJuror.set(entry.jurorId, [entry.applicationId]);
  }
  const ranking: BaseRanking = {
    method: base,
    rounded: roundedValues(manifest, rankingValues(manifest, totals, base)),
    byApplication,
    byJuror,
  };
  const baseSet = selectedIn(manifest, ranking.rounded, capacity);
  const inBase = new Set(reached(baseSet));
  const scenarios: Scenario[] = [
    { kind: 'method', id: 'mean', method: { aggregate: 'mean', normalization: 'none' } },
    { kind: 'method', id: 'median', method: { aggregate: 'median', normalization: 'none' } },
    { kind: 'method', id: 'trimmed-mean', method: { aggregate: 'trimmed-mean', normalization: 'none' } },
    { kind: 'method', id: 'z-score', method: { aggregate: base.aggregate, normalization: 'z-score' } },
    { kind: 'method', id: 'bias-model', method: { aggregate: base.aggregate, normalization: 'bias-model' } },
    ...jurorIds.map((jurorId): Scenario => ({
      kind: 'without-juror',
      id: `without:${jurorId}`,
      jurorId,
      method: base,
    })),
  ];
  const without = withoutEachJuror(manifest, totals, ranking);
  const outcomes = scenarios.map((scenario) => {
    const selected =
      scenario.kind === 'without-juror'
        ? selectedIn(manifest, without(scenario.jurorId), capacity)
        : selectedFrom(manifest, rankingValues(manifest, totals, scenario.method), capacity);
    const inScenario = new Set(reached(selected));
    return {
      scenario,
      selected,
      entered: reached(selected)
        .filter((id) => !inBase.has(id))
        .sort(),
      left: reached(baseSet)
        .filter((id) => !inScenario.has(id))
        .sort(),
      moved: reached(baseSet)
        .filter((id) => inScenario.has(id) && placeIn(selected, id) !== placeIn(baseSet, id))
        .sort()
        .map((applicationId) => ({ applicationId, place: placeIn(selected, applicationId) })),
    };
  });
  return { capacity, base: baseSet, outcomes };
}

/** Where one application stands under the chosen method, and each scenario that puts it elsewhere. */
export interface Standing {
  place: Place;
  /** With the places it is tied for, when it is. */
  tiedPlaces: number;
  exceptions: { scenario: Scenario; place: Place }[];
}

export function standingOf(analysis: Sensitivity, applicationId: string): Standing {
  const place = placeIn(analysis.base, applicationId);
  return {
    place,
    tiedPlaces: place === 'tied' ? analysis.base.tiedPlaces : 0,
    exceptions: analysis.outcomes
      .map((outcome) => ({ scenario: outcome.scenario, place: placeIn(outcome.selected, applicationId) }))
      .filter((exception) => exception.place !== place),
  };
}
