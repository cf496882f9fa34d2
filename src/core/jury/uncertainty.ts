import { round4, type BundleManifest } from '../documents';
import type { JurorTotal, Method } from './aggregate';
import { biasModelSolver, type BiasFit } from './bias-model';
import { indexTotals, type IndexedTotals } from './juror-graph';
import { MIN_EVALUATIONS_FOR_CALIBRATION } from './calibration';
import { placesTaken } from './cutoff';
import { NO_FIGURE, ranksOf } from './figure-ranks';
import { selectedCapacity } from './flags';
import { seededRandom } from './random';
import { median, trimmedMean } from './statistics';

/** Resamples drawn unless the chair asks for another number (docs/DESIGN.md §3). */
export const DEFAULT_RESAMPLES = 1000;
/** The most resamples a deliberation may record (docs/FORMATS.md §6). */
export const MAX_RESAMPLES = 100_000;
/** The seed used unless another is given: any fixed number makes the intervals reproducible. */
export const DEFAULT_SEED = 20261202;
/** The rank interval holds this share of the resampled ranks. */
export const INTERVAL_LEVEL = 0.9;

export interface UncertaintySettings {
  resamples: number;
  seed: number;
}

/** Everything the resampling needs, as plain data: what the app hands its worker. */
export interface UncertaintyRequest {
  call: Pick<BundleManifest, 'applications' | 'outcomes'>;
  totals: JurorTotal[];
  method: Method;
  settings: UncertaintySettings;
}

export interface RankUncertainty {
  /** The 90 % interval of the rank over the resamples; null for an application nobody scored. */
  interval: { low: number; high: number } | null;
  /** Share of the resamples in which the application is within the selected places; null without capacities. */
  selectedProbability: number | null;
}

/**
 * A solver for the resamples: preconditioned when that costs less on a resample of these evaluations (drawn from a
 * fixed seed, so that the choice depends on the data alone) — as when the assignments chain the jurors loosely,
 * like the bench's national ring, where plain conjugate gradient took two hundred and fifty steps and the
 * preconditioned one fourteen — and plain otherwise, as when every juror scores everything.
 */
function resampleSolver(index: IndexedTotals): (weights: Float64Array) => BiasFit {
  const plain = biasModelSolver(index, false);
  const preconditioned = biasModelSolver(index, true);
  const trial = new Float64Array(index.total.length);
  drawWeights(index, seededRandom(0), trial);
  // A step reads every evaluation twice, and the preconditioner's J² numbers besides; centring the parts after a
  // preconditioned solve reads the evaluations once more.
  const evaluations = 2 * index.total.length;
  const jurors = index.jurorIds.length;
  const preconditionedCost = preconditioned(trial).steps * (evaluations + jurors * jurors) + evaluations / 2;
  const chosen = preconditionedCost < plain(trial).steps * evaluations ? preconditioned : plain;
  return (weights) => chosen(weights).fit;
}

/** One resample's weights: each application's n evaluations drawn n − 1 times (once when n = 1). */
function drawWeights(index: IndexedTotals, random: () => number, weights: Float64Array): void {
  weights.fill(0);
  for (let a = 0; a < index.applicationIds.length; a++) {
    const first = index.start[a]!;
    const count = index.start[a + 1]! - first;
    const draws = Math.max(1, count - 1);
    for (let copy = 0; copy < draws; copy++) weights[first + Math.floor(random() * count)]!++;
  }
}

/**
 * What each application is ranked by under `method` when evaluation k counts `weights[k]` times: the same figures
 * as `rankingValues` when every weight is 1 (a test holds them equal), written for speed over numbered arrays.
 * Made once per set of evaluations and applied to each resample's weights.
 */
export function weightedValues(index: IndexedTotals, method: Method): (weights: Float64Array) => Float64Array {
  if (method.normalization === 'bias-model') {
    const solve = resampleSolver(index);
    return (weights) => solve(weights).quality;
  }
  if (method.normalization === 'z-score') return (weights) => weightedZScores(index, weights);
  if (method.aggregate === 'mean')
    return (weights) => {
      const values = new Float64Array(index.applicationIds.length);
      for (let a = 0; a < values.length; a++) {
        let count = 0;
        let sum = 0;
        for (let k = index.start[a]!; k < index.start[a + 1]!; k++) {
          count += weights[k]!;
          sum += weights[k]! * index.total[k]!;
        }
        values[a] = count > 0 ? sum / count : NaN;
      }
      return values;
    };
  const aggregate = method.aggregate === 'median' ? median : trimmedMean;
  const expanded: number[] = [];
  return (weights) => {
    const values = new Float64Array(index.applicationIds.length).fill(NaN);
    for (let a = 0; a < values.length; a++) {
      expanded.length = 0;
      for (let k = index.start[a]!; k < index.start[a + 1]!; k++)
        for (let copy = 0; copy < weights[k]!; copy++) expanded.push(index.total[k]!);
      const value = aggregate(expanded);
      if (value !== null) values[a] = value;
    }
    return values;
  };
}

function weightedZScores(index: IndexedTotals, weights: Float64Array): Float64Array {
  const jurors = index.jurorIds.length;
  const count = new Float64Array(jurors);
  const sum = new Float64Array(jurors);
  let allCount = 0;
  let allSum = 0;
  for (let k = 0; k < index.total.length; k++) {
    const w = weights[k]!;
    count[index.juror[k]!]! += w;
    sum[index.juror[k]!]! += w * index.total[k]!;
    allCount += w;
    allSum += w * index.total[k]!;
  }
  const jurorMean = sum.map((value, j) => value / count[j]!);
  const squares = new Float64Array(jurors);
  let allSquares = 0;
  const mu = allSum / allCount;
  for (let k = 0; k < index.total.length; k++) {
    const w = weights[k]!;
    squares[index.juror[k]!]! += w * (index.total[k]! - jurorMean[index.juror[k]!]!) ** 2;
    allSquares += w * (index.total[k]! - mu) ** 2;
  }
  const values = new Float64Array(index.applicationIds.length).fill(NaN);
  if (allCount < 2) return values;
  const sigma = Math.sqrt(allSquares / (allCount - 1));
  for (let a = 0; a < index.applicationIds.length; a++) {
    let zSum = 0;
    let zCount = 0;
    for (let k = index.start[a]!; k < index.start[a + 1]!; k++) {
      const j = index.juror[k]!;
      if (weights[k] === 0 || count[j]! < MIN_EVALUATIONS_FOR_CALIBRATION) continue;
      const sd = Math.sqrt(squares[j]! / (count[j]! - 1));
      zSum += weights[k]! * (sd === 0 ? 0 : (index.total[k]! - jurorMean[j]!) / sd);
      zCount += weights[k]!;
    }
    if (zCount > 0) values[a] = mu + sigma * (zSum / zCount);
  }
  return values;
}

/**
 * The ranking's uncertainty (docs/METHODS.md): in each resample, each application's n evaluations are drawn again
 * with replacement, n − 1 times (once when n = 1), the method is applied to what was drawn and the ranks are kept;
 * over `resamples` such draws, each application gets the interval holding the central 90 % of its ranks and the
 * share of the draws that put it within the selected places. n − 1 draws make the spread of a resampled mean the
 * unbiased s²/n: the textbook n draws shrink it by (n − 1)/n, and with three jurors per application the intervals
 * held the true rank 72 % of the time in simulation instead of 84 %. `progress` hears how many draws are done.
 */
export function rankUncertainty(
  manifest: Pick<BundleManifest, 'applications' | 'outcomes'>,
  totals: readonly JurorTotal[],
  method: Method,
  settings: UncertaintySettings,
  progress?: (done: number, of: number) => void,
): Map<string, RankUncertainty> {
  const request = { call: manifest, totals: [...totals], method, settings };
  const ranks = resampledRanks(request, { first: 0, count: settings.resamples }, progress);
  return summarizeRanks(request, ranks);
}

/** Which resamples to draw: the app shares them among several workers, each its own range. */
export interface ResampleRange {
  first: number;
  count: number;
}

/**
 * Each application's rank in the resamples of `range`, resample after resample (ranks[r × A + a]). Resample r draws
 * from its own generator, seeded from the seed and r: any share of the resamples among workers gives the same ranks.
 */
export function resampledRanks(
  request: UncertaintyRequest,
  range: ResampleRange,
  progress?: (done: number, of: number) => void,
): Int32Array {
  const ids = request.call.applications.map((application) => application.id);
  const index = indexTotals(ids, request.totals);
  const ranks = new Int32Array(ids.length * range.count);
  const weights = new Float64Array(index.total.length);
  const valuesUnder = weightedValues(index, request.method);
  for (let done = 0; done < range.count; done++) {
    drawWeights(index, seededRandom(streamSeed(request.settings.seed, range.first + done)), weights);
    ranks.set(ranksOf(valuesUnder(weights)), done * ids.length);
    if (progress && (done + 1) % 25 === 0) progress(done + 1, range.count);
  }
  progress?.(range.count, range.count);
  return ranks;
}

/** Resample r's seed: the seed and r mixed, so that neighbouring resamples draw unrelated numbers. */
function streamSeed(seed: number, resample: number): number {
  return (Math.imul(resample + 1, 0x9e3779b9) ^ seed) >>> 0;
}

/**
 * The interval holding the central 90 % of each application's ranks, and the share of resamples that put it within
 * the selected places, from the ranks of every resample (in the order `resampledRanks` gives them).
 */
export function summarizeRanks(request: UncertaintyRequest, ranks: Int32Array): Map<string, RankUncertainty> {
  const ids = request.call.applications.map((application) => application.id);
  const scored = new Set(request.totals.map((entry) => entry.applicationId));
  const places = selectedCapacity(request.call);
  const resamples = ranks.length / Math.max(1, ids.length);
  const lowAt = Math.floor(((1 - INTERVAL_LEVEL) / 2) * resamples);
  const highAt = Math.ceil(((1 + INTERVAL_LEVEL) / 2) * resamples) - 1;
  const mine = new Int32Array(resamples);
  const within =
    places === null
      ? null
      : placesTaken(
          ranks,
          ids.map((id) => scored.has(id)),
          places,
        );
  const out = new Map<string, RankUncertainty>();
  ids.forEach((id, a) => {
    let figured = 0;
    // Without a figure in a resample it ranks after all the others there: in none, it has no rank to give.
    for (let r = 0; r < resamples; r++) {
      const rank = ranks[r * ids.length + a]!;
      mine[r] = rank === NO_FIGURE ? ids.length : rank;
      if (rank !== NO_FIGURE) figured++;
    }
    if (!scored.has(id) || figured === 0) {
      out.set(id, { interval: null, selectedProbability: null });
      return;
    }
    mine.sort();
    out.set(id, {
      interval: { low: mine[lowAt]!, high: mine[highAt]! },
      selectedProbability: within === null ? null : round4(within[a]! / resamples),
    });
  });
  return out;
}

/** An application is too close to call when its rank interval spans the cut-off (docs/DESIGN.md §3). */
export function tooCloseToCall(uncertainty: RankUncertainty | undefined, places: number | null): boolean {
  const interval = uncertainty?.interval;
  return places !== null && !!interval && interval.low <= places && interval.high > places;
}
