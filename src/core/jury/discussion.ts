import type { ComputedResult } from './aggregate';
import type { DisagreementReason, NearCutoffReason } from './flags';

export interface DiscussionQueue {
  /** Flagged applications in the order the chair takes them up. */
  toDiscuss: ComputedResult[];
  /** Every other scored application, by rank: the chair may still step on to them. */
  rest: ComputedResult[];
}

function reasonOf<F extends 'disagreement' | 'near-cutoff'>(
  result: ComputedResult,
  flag: F,
): (F extends 'disagreement' ? DisagreementReason : NearCutoffReason) | undefined {
  return result.reasons.find((reason) => reason.flag === flag) as
    (F extends 'disagreement' ? DisagreementReason : NearCutoffReason) | undefined;
}

const byRank = (a: ComputedResult, b: ComputedResult) =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.applicationId.localeCompare(b.applicationId);

/**
 * The order in which the chair takes applications up (docs/DESIGN.md §3): disagreement first, the widest spread of
 * z-scores first; then those near the cut-off, the closest first; then those one juror alone scored, by rank; then
 * the rest by rank. Ties go by rank.
 * Unscored applications are left out: there is nothing to discuss yet.
 */
export function discussionQueue(results: readonly ComputedResult[]): DiscussionQueue {
  const scored = results.filter((result) => result.n > 0);
  const disagreeing = scored
    .filter((result) => reasonOf(result, 'disagreement'))
    .sort((a, b) => reasonOf(b, 'disagreement')!.sdOfZ - reasonOf(a, 'disagreement')!.sdOfZ || byRank(a, b));
  const nearCutoff = scored
    .filter((result) => !reasonOf(result, 'disagreement') && reasonOf(result, 'near-cutoff'))
    .sort((a, b) => reasonOf(a, 'near-cutoff')!.distance - reasonOf(b, 'near-cutoff')!.distance || byRank(a, b));
  const alone = scored
    .filter(
      (result) => result.reasons.length > 0 && result.reasons.every((reason) => reason.flag === 'single-evaluation'),
    )
    .sort(byRank);
  const rest = scored.filter((result) => result.reasons.length === 0).sort(byRank);
  return { toDiscuss: [...disagreeing, ...nearCutoff, ...alone], rest };
}
