/** The few statistics docs/DESIGN.md §3 pins, on plain arrays of numbers. */

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index]!;
  return sum / values.length;
}

function medianOfSorted(sorted: ArrayLike<number>, count = sorted.length): number {
  const middle = Math.floor(count / 2);
  return count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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

function trimmedMeanOfSorted(sorted: ArrayLike<number>, count = sorted.length): number {
  let sum = 0;
  for (let index = 1; index < count - 1; index++) sum += sorted[index]!;
  return sum / (count - 2);
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
 * the chair's table computes them for thousands of applications and criteria. The first `count` numbers of
 * `values` are summarized, and left sorted.
 */
export function summarizeInPlace(values: Float64Array, count = values.length): Summary {
  if (count === 0) return { n: 0, mean: null, median: null, sd: null, min: null, max: null, trimmedMean: null };
  let sum = 0;
  for (let index = 0; index < count; index++) sum += values[index]!;
  const average = sum / count;
  let squares = 0;
  for (let index = 0; index < count; index++) squares += (values[index]! - average) ** 2;
  const sd = count < 2 ? null : Math.sqrt(squares / (count - 1));
  sortPrefix(values, count);
  return {
    n: count,
    mean: average,
    median: medianOfSorted(values, count),
    sd,
    min: values[0]!,
    max: values[count - 1]!,
    trimmedMean: count < 5 ? average : trimmedMeanOfSorted(values, count),
  };
}

/** A jury's few dozen values sort fastest by insertion, with no view of the buffer to allocate. */
function sortPrefix(values: Float64Array, count: number): void {
  if (count > 64) {
    values.subarray(0, count).sort();
    return;
  }
  for (let index = 1; index < count; index++) {
    const value = values[index]!;
    let position = index - 1;
    while (position >= 0 && values[position]! > value) {
      values[position + 1] = values[position]!;
      position--;
    }
    values[position + 1] = value;
  }
}
