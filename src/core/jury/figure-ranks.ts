import { round4 } from '../documents';

/**
 * Each application's rank from its value, as `ranks` gives it: descending, compared at the 4 decimals files keep,
 * ties sharing a rank; 0 for an application without a value (`NO_FIGURE`).
 */
export function ranksOf(values: Float64Array): Int32Array {
  const ranks = new Int32Array(values.length);
  // A value at 4 decimals times 10⁴ is a whole number; with the application's number in the low bits, one native
  // sort of numbers orders the applications (a resample ranks thousands of them, a thousand times).
  const keys = new Float64Array(values.length);
  let scored = 0;
  for (let a = 0; a < values.length; a++) {
    if (Number.isNaN(values[a]!)) {
      ranks[a] = NO_FIGURE;
      continue;
    }
    const scaled = Math.round(values[a]! * 10_000);
    if (Math.abs(scaled) >= PACKED_LIMIT || values.length > APPLICATION_SLOTS) return ranksBySearch(values);
    keys[scored++] = scaled * APPLICATION_SLOTS + a;
  }
  const ordered = keys.subarray(0, scored).sort();
  let previous = NaN;
  let rank = 0;
  for (let position = scored - 1; position >= 0; position--) {
    const key = ordered[position]!;
    const a = ((key % APPLICATION_SLOTS) + APPLICATION_SLOTS) % APPLICATION_SLOTS;
    const scaled = (key - a) / APPLICATION_SLOTS;
    if (scaled !== previous) rank = scored - position;
    previous = scaled;
    ranks[a] = rank;
  }
  return ranks;
}

/** The rank of an application the method gives no figure in a resample (a lone juror without spread, say). */
export const NO_FIGURE = 0;

/** Room for this many applications in a packed key, and the values whose scaled form leaves a key exact. */
const APPLICATION_SLOTS = 2 ** 17;
const PACKED_LIMIT = 2 ** 53 / APPLICATION_SLOTS;

/** The same ranks by binary search in the sorted values: for values too large to pack. */
function ranksBySearch(values: Float64Array): Int32Array {
  const rounded = values.map((value) => (Number.isNaN(value) ? NaN : round4(value)));
  const ascending = rounded.filter((value) => !Number.isNaN(value)).sort();
  return Int32Array.from(rounded, (value) => {
    if (Number.isNaN(value)) return NO_FIGURE;
    let low = 0;
    let high = ascending.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ascending[middle]! <= value) low = middle + 1;
      else high = middle;
    }
    return ascending.length - low + 1;
  });
}
