import type { ComputedResult } from './aggregate';

/**
 * The order in which the chair takes applications up for discussion: those flagged for disagreement first, then by
 * spread, and those whose rank sits at the edge of the selected places (docs/DESIGN.md §3). Unscored applications
 * are left out: there is nothing to discuss yet.
 */
export function discussionOrder(
  results: readonly ComputedResult[],
  capacity: number | null,
  limit = 6,
): ComputedResult[] {
  const priority = (result: ComputedResult) =>
    (result.flags.includes('disagreement') ? 2 : 0) +
    (result.sd ?? 0) / 10 +
    (capacity && result.rank ? Math.max(0, 2 - Math.abs(result.rank - capacity - 0.5) / 2) : 0);
  return results
    .filter((result) => result.n > 0)
    .map((result) => ({ result, priority: priority(result) }))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, limit)
    .map(({ result }) => result);
}
