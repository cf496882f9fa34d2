import { describe, expect, it } from 'vitest';
import type { Criterion } from '@core/documents/formats/bundle';
import type { JurorTotal } from '@core/jury/aggregate';
import { calibratedLevels, calibratedScores, zScoresByApplication } from '@core/jury/calibration';
import { disagreements, nearCutoff, selectedCapacity } from '@core/jury/flags';

const criterion = (id: string, min: number, max: number): Criterion => ({
  id,
  label: id,
  weight: 1,
  scale: { min, max, step: 1 },
});

function total(jurorId: string, applicationId: string, value: number, scores: Record<string, number | null> = {}) {
  return { jurorId, applicationId, total: value, scores } satisfies JurorTotal;
}

describe('z-scores', () => {
  it('are 0 for a juror who gave every application the same total, never a division by zero', () => {
    const totals = ['a', 'b', 'c'].map((id) => total('flat', id, 60));
    expect(zScoresByApplication(totals).get('a')).toEqual([{ jurorId: 'flat', z: 0 }]);
  });

  it('leave the calibrated score undefined while there is one total in all', () => {
    expect(calibratedScores([total('only', 'a', 70)]).size).toBe(0);
    expect(calibratedScores([]).size).toBe(0);
  });
});

describe('calibrated levels: a juror’s level less their own mean level on the criterion', () => {
  const impact = criterion('impact', 1, 5);
  const totals = [
    total('ana', 'a', 0, { impact: 2 }),
    total('ana', 'b', 0, { impact: 3 }),
    total('ana', 'c', 0, { impact: 4 }),
    total('ana', 'd', 0, { impact: null }),
    // Two levels only: too few to say what this juror's habit is.
    total('bruno', 'a', 0, { impact: 5 }),
    total('bruno', 'b', 0, { impact: 5 }),
  ];

  it('centres each calibrated juror on their own mean, skips what they did not score, and leaves out the rest', () => {
    const levels = calibratedLevels(totals, impact);
    expect([...levels.get('ana')!]).toEqual([
      ['a', -1],
      ['b', 0],
      ['c', 1],
    ]);
    expect(levels.has('bruno')).toBe(false);
  });
});

describe('the reason a disagreement flag gives', () => {
  const wide = criterion('wide', 0, 10);
  const narrow = criterion('narrow', 1, 5);
  const pair = criterion('pair', 1, 3);

  /** Three jurors, each with the levels given on applications x, y, z (x first), on the criteria named. */
  function panel(levels: Record<string, Record<string, Array<number | null>>>): JurorTotal[] {
    return Object.entries(levels).flatMap(([jurorId, byCriterion]) =>
      ['x', 'y', 'z'].map((applicationId, index) =>
        total(
          jurorId,
          applicationId,
          0,
          Object.fromEntries(Object.entries(byCriterion).map(([id, values]) => [id, values[index] ?? null])),
        ),
      ),
    );
  }
  const split = new Map([
    [
      'x',
      [
        { jurorId: 'j1', z: -1 },
        { jurorId: 'j2', z: 0 },
        { jurorId: 'j3', z: 1 },
      ],
    ],
  ]);

  it('flags an sd of z of exactly 1, with the count of z-scores', () => {
    const flagged = disagreements([], panel({ j1: {}, j2: {}, j3: {} }), split);
    expect(flagged.get('x')).toEqual({ flag: 'disagreement', sdOfZ: 1, zScores: 3, widestCriterion: null });
    const almost = new Map([
      [
        'x',
        [
          { jurorId: 'j1', z: -0.99 },
          { jurorId: 'j2', z: 0 },
          { jurorId: 'j3', z: 0.99 },
        ],
      ],
    ]);
    expect(disagreements([], [], almost).size).toBe(0);
  });

  it('names the criterion furthest apart relative to its scale, not in raw levels', () => {
    // On x: "wide" spreads by 4 of 10 levels (0.4 of its scale), "narrow" by 3 of 4 (0.75).
    const totals = panel({
      j1: { wide: [2, 5, 5], narrow: [1, 3, 3] },
      j2: { wide: [4, 5, 5], narrow: [2, 3, 3] },
      j3: { wide: [6, 5, 5], narrow: [4, 3, 3] },
    });
    const reason = disagreements([wide, narrow], totals, split).get('x')!;
    // Each juror's mean level is taken out: j1's narrow mean is 7/3, so x sits at −4/3; j3's at 10/3, so +2/3.
    expect(reason.widestCriterion).toEqual({ criterionId: 'narrow', spread: 2 });
  });

  it('keeps the first of two criteria equally far apart, and counts a criterion two jurors scored', () => {
    const twin = criterion('twin', 0, 10);
    const totals = panel({
      j1: { wide: [0, 5, 5], twin: [0, 5, 5], pair: [1, 2, 2] },
      j2: { wide: [10, 5, 5], twin: [10, 5, 5], pair: [3, 2, 2] },
      j3: { wide: [5, 5, 5], twin: [5, 5, 5], pair: [null, null, null] },
    });
    // "wide" and "twin" are the same criterion twice over: the first named wins.
    expect(disagreements([wide, twin], totals, split).get('x')!.widestCriterion?.criterionId).toBe('wide');
    expect(disagreements([twin, wide], totals, split).get('x')!.widestCriterion?.criterionId).toBe('twin');
    // With "pair" alone, two jurors' levels are enough to measure a spread.
    expect(disagreements([pair], totals, split).get('x')!.widestCriterion).toEqual({
      criterionId: 'pair',
      spread: 1.3333,
    });
  });

  it('gives no criterion when no criterion has two jurors’ levels', () => {
    const totals = panel({ j1: { pair: [1, 2, 3] }, j2: {}, j3: {} });
    expect(disagreements([pair], totals, split).get('x')!.widestCriterion).toBeNull();
  });
});

describe('near the cut-off', () => {
  it('needs both a rank and a number of places', () => {
    expect(nearCutoff(null, 1)).toBeNull();
    expect(nearCutoff(1, null)).toBeNull();
    expect(nearCutoff(1, 1)).toEqual({ flag: 'near-cutoff', rank: 1, places: 1, distance: 0 });
  });

  it('has no cut-off when any selected outcome has no capacity', () => {
    expect(
      selectedCapacity({
        outcomes: [
          { id: 'a', label: 'A', kind: 'selected', capacity: 3 },
          { id: 'b', label: 'B', kind: 'selected' },
        ],
      }),
    ).toBeNull();
  });
});
