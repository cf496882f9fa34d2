/** The places at the cut-off, shared by applications level across it (docs/METHODS.md, "Ties at the cut-off"). */
import { NO_FIGURE } from './figure-ranks';

/**
 * The applications level at the cut-off, more of them than the places their shared rank leaves (docs/METHODS.md,
 * "Ties at the cut-off"): a group of k at rank r ≤ places with r + k − 1 > places, tied for places − r + 1 places.
 */
export function tiedAtCutoff(
  results: readonly { applicationId: string; rank: number | null }[],
  places: number | null,
): { applicationIds: string[]; places: number } | null {
  if (places === null) return null;
  const lastRank = results.reduce((last, result) => {
    const rank = result.rank ?? Infinity;
    return rank <= places && rank > last ? rank : last;
  }, 0);
  const level = results.filter((result) => result.rank === lastRank).map((result) => result.applicationId);
  // No rank within the places leaves lastRank 0 and no one level with it: nothing straddles the cut-off.
  if (lastRank + level.length - 1 <= places) return null;
  return { applicationIds: level.sort(), places: places - lastRank + 1 };
}

/**
 * How many of the places each application takes, summed over the resamples: one in a resample that ranks it within
 * them, and a share where it is level with others across the last one — a group of k level at rank r takes
 * (places − r + 1) / k each — so that the probabilities add up to the places (docs/METHODS.md, "Ties at the cut-off").
 */
export function placesTaken(ranks: Int32Array, scored: readonly boolean[], places: number): Float64Array {
  const count = scored.length;
  const taken = new Float64Array(count);
  const level = new Int32Array(places + 1);
  for (let offset = 0; offset < ranks.length; offset += count) {
    level.fill(0);
    for (let a = 0; a < count; a++) {
      const rank = ranks[offset + a]!;
      if (scored[a] && rank !== NO_FIGURE && rank <= places) level[rank]!++;
    }
    for (let a = 0; a < count; a++) {
      const rank = ranks[offset + a]!;
      if (scored[a] && rank !== NO_FIGURE && rank <= places)
        taken[a]! += Math.min(1, (places - rank + 1) / level[rank]!);
    }
  }
  return taken;
}
