import { describe, expect, it } from 'vitest';
import type { Criterion } from '@core/documents/formats/bundle';
import { evaluationStatus, isComplete, jurorTotal, scaleShare, scaleValues, scoreForDigit } from '@core/jury/scoring';

const criteria: Criterion[] = [
  { id: 'impact', label: 'Impact', weight: 2, scale: { min: 0, max: 10, step: 0.5 } },
  { id: 'team', label: 'Team', weight: 1, scale: { min: 1, max: 5, step: 1 } },
  { id: 'remark', label: 'Remark', weight: 5, scale: { min: 0, max: 1, step: 1 }, counted: false },
];

describe('a juror’s total (docs/DESIGN.md §3)', () => {
  it('is 100 · Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ) / Σ wᵢ over counted criteria', () => {
    // impact 7.5 on 0–10 → 0.75, weight 2; team 4 on 1–5 → 0.75, weight 1: 100 · (1.5 + 0.75) / 3 = 75.
    expect(jurorTotal({ impact: 7.5, team: 4, remark: 1 }, criteria)).toBe(75);
    // impact 10 → 1 (×2), team 1 → 0: 100 · 2 / 3.
    expect(jurorTotal({ impact: 10, team: 1 }, criteria)).toBeCloseTo(66.6667, 4);
    expect(jurorTotal({ impact: 0, team: 1 }, criteria)).toBe(0);
  });

  it('does not exist until every counted criterion is scored; the uncounted one does not matter', () => {
    expect(jurorTotal({ impact: 7.5, team: null }, criteria)).toBeNull();
    expect(isComplete({ impact: 1, team: 2 }, criteria)).toBe(true);
    expect(evaluationStatus({ impact: 1 }, criteria, false)).toBe('draft');
    expect(evaluationStatus({ impact: 1, team: 2 }, criteria, false)).toBe('complete');
    expect(evaluationStatus({ impact: 1, team: 2 }, criteria, true)).toBe('recused');
  });
});

describe('scales', () => {
  it('list every allowed value, half steps included', () => {
    expect(scaleValues(criteria[1]!)).toEqual([1, 2, 3, 4, 5]);
    expect(scaleValues(criteria[0]!)).toHaveLength(21);
    expect(scaleValues(criteria[0]!).slice(0, 3)).toEqual([0, 0.5, 1]);
  });

  it('turn a typed digit into a score only when it is on the scale', () => {
    expect(scoreForDigit(criteria[1]!, 4)).toBe(4);
    expect(scoreForDigit(criteria[1]!, 0)).toBeNull();
    expect(scoreForDigit(criteria[1]!, 7)).toBeNull();
    expect(scaleShare(criteria[1]!, 3)).toBe(0.5);
  });
});
