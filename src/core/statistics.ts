/** The few statistics the brief pins (§2.5), on plain arrays of numbers. */

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index]!;
  return sum / values.length;
}

function medianOfSorted(sorted: ArrayLike<number>): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A sorted copy; a typed array sorts numbers natively, without a comparator called per pair. */
function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function median(values: ArrayLike<number>): number | null {
  return values.length === 0 ? null : medianOfSorted(sortedCopy(values));
}

/** Sample standard deviation (n − 1); null below two values. */
export function sampleSd(values: ArrayLike<number>): number | null {
  if (values.length < 2) return null;
  const average = mean(values)!;
  let squares = 0;
  for (let index = 0; index < values.length; index++) squares += (values[index]! - average) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Drops the single highest and lowest value when there are at least five; the plain mean below that. */
export function trimmedMean(values: ArrayLike<number>): number | null {
  return values.length < 5 ? mean(values) : trimmedMeanOfSorted(sortedCopy(values));
}

function trimmedMeanOfSorted(sorted: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 1; index < sorted.length - 1; index++) sum += sorted[index]!;
  return sum / (sorted.length - 2);
}

export interface Summary {
  n: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  trimmedMean: number | null;
}

/**
 * Every statistic above from one sort, as each function alone would give it (sums run in the values' order):
 * the chair's table computes them for thousands of applications and criteria. `values` is sorted in place.
 */
export function summarizeInPlace(values: Float64Array): Summary {
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null, trimmedMean: null };
  const average = mean(values)!;
  const sd = sampleSd(values);
  const untrimmed = n < 5 ? average : null;
  values.sort();
  return { n, mean: average, median: medianOfSorted(values), sd, min: values[0]!, max: values[n - 1]!, trimmedMean: untrimmed ?? trimmedMeanOfSorted(values) };
}
