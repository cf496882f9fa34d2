import { isCounted, isOnScale, type Criterion, type EvaluationStatus } from '../documents';

export type Scores = Readonly<Record<string, number | null | undefined>>;

export function countedCriteria(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter(isCounted);
}

/** `complete` means every counted criterion is scored (docs/DESIGN.md §3). */
export function isComplete(scores: Scores, criteria: readonly Criterion[]): boolean {
  return countedCriteria(criteria).every((criterion) => typeof scores[criterion.id] === 'number');
}

export function evaluationStatus(scores: Scores, criteria: readonly Criterion[], recused: boolean): EvaluationStatus {
  if (recused) return 'recused';
  return isComplete(scores, criteria) ? 'complete' : 'draft';
}

/**
 * A juror's total for one application (docs/DESIGN.md §3): S = 100 · Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ) / Σ wᵢ over
 * counted criteria; null unless every counted criterion is scored.
 */
export function jurorTotal(scores: Scores, criteria: readonly Criterion[]): number | null {
  return totalOverCounted(scores, countedCriteria(criteria));
}

/** `jurorTotal` for callers that total thousands of evaluations and pick the counted criteria once. */
export function totalOverCounted(scores: Scores, counted: readonly Criterion[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of counted) {
    const score = scores[criterion.id];
    if (typeof score !== 'number') return null;
    const { min, max } = criterion.scale;
    weighted += (criterion.weight * (score - min)) / (max - min);
    weights += criterion.weight;
  }
  return (100 * weighted) / weights;
}

/** Every value a criterion's scale allows, from min to max by step. */
export function scaleValues(criterion: Criterion): number[] {
  const { min, max, step } = criterion.scale;
  const count = Math.round((max - min) / step);
  return Array.from({ length: count + 1 }, (_, index) => Number((min + index * step).toFixed(10)));
}

/** The score a typed digit means on this criterion's scale, or null when the digit is not on it. */
export function scoreForDigit(criterion: Criterion, digit: number): number | null {
  return isOnScale(digit, criterion.scale) ? digit : null;
}

/** A criterion's score as a share of its scale (0 to 1), so that criteria on different scales share one radar. */
export function scaleShare(criterion: Criterion, score: number): number {
  const { min, max } = criterion.scale;
  return (score - min) / (max - min);
}
