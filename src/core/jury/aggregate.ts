import { type BundleManifest, round4, type ApplicationResult, type Criterion, type ScoreFile } from '../documents';
import { fitBiasModel } from './bias-model';
import { indexTotals } from './juror-graph';
import { calibratedScores, zScoresByApplication } from './calibration';
import { disagreements, nearCutoff, selectedCapacity, singleEvaluation, type FlagReason } from './flags';
import { countedCriteria, totalOverCounted, type Scores } from './scoring';
import { mean, median, sampleSd, summarizeInPlace, trimmedMean } from './statistics';

export type AggregateName = 'mean' | 'median' | 'trimmed-mean';
export type Normalization = 'none' | 'z-score' | 'bias-model';

export interface Method {
  aggregate: AggregateName;
  normalization: Normalization;
}

export const DEFAULT_METHOD: Method = { aggregate: 'mean', normalization: 'none' };

export interface Options {
  method: Method;
}

/** One juror's complete, non-recused total for one application: the unit every statistic is made of. */
export interface JurorTotal {
  jurorId: string;
  applicationId: string;
  total: number;
  scores: Readonly<Record<string, number | null>>;
}

export function jurorTotals(manifest: BundleManifest, scoreFiles: readonly ScoreFile[]): JurorTotal[] {
  const known = new Set(manifest.applications.map((application) => application.id));
  const counted = countedCriteria(manifest.criteria);
  const totals: JurorTotal[] = [];
  for (const file of scoreFiles) {
    for (const evaluation of file.evaluations) {
      if (evaluation.status !== 'complete' || !known.has(evaluation.applicationId)) continue;
      const total = totalOverCounted(evaluation.scores, counted);
      if (total !== null)
        totals.push({
          jurorId: file.juror.id,
          applicationId: evaluation.applicationId,
          total,
          scores: evaluation.scores,
        });
    }
  }
  return totals;
}

function groupBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(value(item));
    else groups.set(key(item), [value(item)]);
  }
  return groups;
}

function rounded(value: number | null): number | null {
  return value === null ? null : round4(value);
}

/** Ties share a rank (1, 2, 2, 4); applications with no value are unranked. Compared at the 4 decimals files keep. */
export function ranks(values: ReadonlyMap<string, number | null>): Map<string, number | null> {
  const ranked = [...values]
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .map(([id, value]) => [id, round4(value)] as const);
  ranked.sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number | null>();
  ranked.forEach(([id, value], index) => {
    const previous = ranked[index - 1];
    out.set(id, previous && previous[1] === value ? out.get(previous[0])! : index + 1);
  });
  for (const id of values.keys()) if (!out.has(id)) out.set(id, null);
  return out;
}

export interface ComputedResult extends ApplicationResult {
  /** Not a field of the deliberation file: kept so that the trimmed mean can rank and be shown. */
  trimmedMean: number | null;
  /** Why each flag is set, in the order of `flags` (not in the file: recomputed from its inputs). */
  reasons: FlagReason[];
}

export const AGGREGATES: Record<AggregateName, (values: readonly number[]) => number | null> = {
  mean,
  median,
  'trimmed-mean': trimmedMean,
};

function valuesOf(
  manifest: Pick<BundleManifest, 'applications'>,
  calibrated: ReadonlyMap<string, number>,
): Map<string, number | null> {
  return new Map(manifest.applications.map((application) => [application.id, calibrated.get(application.id) ?? null]));
}

/** Each application's calibrated score under a normalization (docs/DESIGN.md §3); null for `none`. */
function calibratedValues(
  manifest: Pick<BundleManifest, 'applications'>,
  totals: readonly JurorTotal[],
  method: Method,
): Map<string, number> | null {
  if (method.normalization === 'none') return null;
  if (method.normalization === 'z-score') return calibratedScores(totals);
  const ids = manifest.applications.map((application) => application.id);
  const { quality } = fitBiasModel(indexTotals(ids, totals));
  const calibrated = new Map<string, number>();
  quality.forEach((value, a) => {
    if (!Number.isNaN(value)) calibrated.set(ids[a]!, value);
  });
  return calibrated;
}

/**
 * What each application is ranked by under a method, from the juror totals alone: the sensitivity analysis ranks
 * dozens of scenarios with it, and the results table with the very same function.
 */
export function rankingValues(
  manifest: Pick<BundleManifest, 'applications'>,
  totals: readonly JurorTotal[],
  method: Method,
): Map<string, number | null> {
  const calibrated = calibratedValues(manifest, totals, method);
  if (calibrated) return valuesOf(manifest, calibrated);
  const values = new Map<string, number | null>();
  const byApplication = groupBy(
    totals,
    (entry) => entry.applicationId,
    (entry) => entry.total,
  );
  const aggregate = AGGREGATES[method.aggregate];
  for (const application of manifest.applications)
    values.set(application.id, aggregate(byApplication.get(application.id) ?? []));
  return values;
}

/** Per-application results in the shape of docs/FORMATS.md §6, ranked by the method's aggregate. */
export function computeResults(
  manifest: BundleManifest,
  scoreFiles: readonly ScoreFile[],
  options: Options,
): ComputedResult[] {
  const totals = jurorTotals(manifest, scoreFiles);
  const calibrated = calibratedValues(manifest, totals, options.method);
  const disagreeing = disagreements(manifest.criteria, totals, zScoresByApplication(totals));
  const byApplication = groupBy(
    totals,
    (entry) => entry.applicationId,
    (entry) => entry,
  );
  let scratch = new Float64Array(scoreFiles.length);
  const results = manifest.applications.map((application): ComputedResult => {
    const mine = byApplication.get(application.id) ?? [];
    if (scratch.length < mine.length) scratch = new Float64Array(mine.length);
    const totalValues = new Float64Array(mine.length);
    for (let index = 0; index < mine.length; index++) totalValues[index] = mine[index]!.total;
    const criteria: ApplicationResult['criteria'] = {};
    for (const criterion of manifest.criteria) {
      let count = 0;
      for (const entry of mine) {
        const score = entry.scores[criterion.id];
        if (typeof score === 'number') scratch[count++] = score;
      }
      const summary = summarizeInPlace(scratch, count);
      criteria[criterion.id] = { mean: rounded(summary.mean), median: rounded(summary.median), n: count };
    }
    const totals = summarizeInPlace(totalValues);
    const calibratedValue = calibrated?.get(application.id);
    return {
      applicationId: application.id,
      rank: null,
      n: totals.n,
      mean: rounded(totals.mean),
      median: rounded(totals.median),
      sd: rounded(totals.sd),
      min: rounded(totals.min),
      max: rounded(totals.max),
      ...(calibrated ? { calibrated: calibratedValue === undefined ? null : round4(calibratedValue) } : {}),
      criteria,
      flags: [],
      trimmedMean: rounded(totals.trimmedMean),
      reasons: [],
    };
  });
  const byRank = ranks(calibrated ? valuesOf(manifest, calibrated) : rankingValues(manifest, totals, options.method));
  const places = selectedCapacity(manifest);
  return results.map((result) => {
    const rank = byRank.get(result.applicationId) ?? null;
    const reasons = [
      disagreeing.get(result.applicationId),
      nearCutoff(rank, places),
      singleEvaluation(result.n),
    ].filter((reason): reason is FlagReason => reason !== undefined && reason !== null);
    return { ...result, rank, flags: reasons.map((reason) => reason.flag), reasons };
  });
}

export interface JurorCalibration {
  jurorId: string;
  /** Complete evaluations that count. */
  evaluated: number;
  /** Mean of the juror's totals. */
  mean: number | null;
  /** The juror's mean minus the panel's mean over the same applications: leniency above zero, severity below. */
  gapToPanel: number | null;
  sd: number | null;
  /** The other juror this one shares the fewest applications with (calibration rests on shared ones). */
  leastShared: { jurorId: string; count: number } | null;
}

/**
 * The calibration table of the chair's desk, one row per juror, in the order given. Built on indexes: thirty
 * jurors who each scored two thousand applications compare in milliseconds.
 */
export function jurorCalibrations(
  jurorIds: readonly string[],
  totals: readonly JurorTotal[],
  results: readonly ComputedResult[],
): JurorCalibration[] {
  const byJuror = groupBy(
    totals,
    (entry) => entry.jurorId,
    (entry) => entry,
  );
  const applicationsOf = new Map(
    jurorIds.map((jurorId) => [jurorId, new Set((byJuror.get(jurorId) ?? []).map((entry) => entry.applicationId))]),
  );
  const panelMean = new Map(results.map((result) => [result.applicationId, result.mean]));
  return jurorIds.map((jurorId) => {
    const mine = byJuror.get(jurorId) ?? [];
    const overlaps = jurorIds
      .filter((other) => other !== jurorId)
      .map((other) => {
        const theirs = applicationsOf.get(other)!;
        let count = 0;
        for (const entry of mine) if (theirs.has(entry.applicationId)) count++;
        return { jurorId: other, count };
      })
      .sort((a, b) => a.count - b.count);
    const own = mine.map((entry) => entry.total);
    const panel = mine
      .map((entry) => panelMean.get(entry.applicationId) ?? null)
      .filter((value): value is number => value !== null);
    const ownMean = mean(own);
    return {
      jurorId,
      evaluated: mine.length,
      mean: ownMean,
      gapToPanel: ownMean !== null && panel.length > 0 ? ownMean - mean(panel)! : null,
      sd: sampleSd(own),
      leastShared: overlaps[0] ?? null,
    };
  });
}

/** An application's per-criterion means as a set of scores: the panel's series on a radar. */
export function criterionMeans(criteria: readonly Criterion[], result: Pick<ApplicationResult, 'criteria'>): Scores {
  return Object.fromEntries(criteria.map((criterion) => [criterion.id, result.criteria[criterion.id]?.mean ?? null]));
}

/** The figure an application is ranked by under `method`: its calibrated score, or its mean, median or trimmed mean. */
export function rankedValue(result: ComputedResult, method: Method): number | null {
  if (method.normalization !== 'none') return result.calibrated ?? null;
  if (method.aggregate === 'mean') return result.mean;
  return method.aggregate === 'median' ? result.median : result.trimmedMean;
}
