import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankingValues, ranks, type JurorTotal } from '@core/jury/aggregate';
import { indexTotals } from '@core/jury/juror-graph';
import { seededRandom } from '@core/jury/random';
import {
  rankUncertainty,
  resampledRanks,
  summarizeRanks,
  tooCloseToCall,
  weightedValues,
  type RankUncertainty,
} from '@core/jury/uncertainty';
import { NO_FIGURE, ranksOf } from '@core/jury/figure-ranks';
import { METHODS } from '../../support/methods';
import { parsedManifest } from '../../support/fixtures';

function manifest(applications: number, capacity: number | null) {
  return parsedManifest({
    criteria: [],
    jurors: [],
    applications: Array.from({ length: applications }, (_, a) => ({ id: `a${a}`, name: `A${a}` })),
    outcomes: [
      { id: 'in', label: 'In', kind: 'selected', ...(capacity === null ? {} : { capacity }) },
      { id: 'out', label: 'Out', kind: 'rejected' },
    ],
  });
}

const total = (jurorId: string, applicationId: string, value: number): JurorTotal => ({
  jurorId,
  applicationId,
  total: value,
  scores: {},
});

/** Totals on a coarse grid (ties are common), some cells left unscored. */
const juries = fc
  .record({ applications: fc.integer({ min: 1, max: 9 }), jurors: fc.integer({ min: 1, max: 6 }) })
  .chain(({ applications, jurors }) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }), {
        minLength: applications,
        maxLength: applications,
      }),
      { minLength: jurors, maxLength: jurors },
    ),
  )
  .map((rows) => ({
    applications: rows[0]!.length,
    totals: rows.flatMap((row, j) =>
      row.flatMap((level, a) => (level === null ? [] : [total(`j${j}`, `a${a}`, level * 12.5)])),
    ),
  }));

describe('the figures a resample ranks by', () => {
  it('are, with every evaluation drawn once, those of the ranking itself, under every method', () => {
    fc.assert(
      fc.property(juries, fc.constantFrom(...METHODS), ({ applications, totals }, method) => {
        const call = manifest(applications, 2);
        const ids = call.applications.map((application) => application.id);
        const index = indexTotals(ids, totals);
        const drawnOnce = weightedValues(index, method)(new Float64Array(index.total.length).fill(1));
        const expected = rankingValues(call, totals, method);
        ids.forEach((id, a) => {
          const value = expected.get(id) ?? null;
          if (value === null) expect(drawnOnce[a]).toBeNaN();
          else expect(drawnOnce[a]).toBeCloseTo(value, 9);
        });
        const expectedRanks = ranks(expected);
        const drawnRanks = ranksOf(drawnOnce);
        ids.forEach((id, a) => expect(drawnRanks[a]).toBe(expectedRanks.get(id) ?? NO_FIGURE));
      }),
    );
  });

  it('count an evaluation drawn w times as w copies of it, under every method', () => {
    fc.assert(
      fc.property(
        juries.chain((jury) =>
          fc.record({
            jury: fc.constant(jury),
            counts: fc.array(fc.integer({ min: 0, max: 3 }), {
              minLength: jury.totals.length,
              maxLength: jury.totals.length,
            }),
          }),
        ),
        fc.constantFrom(...METHODS),
        ({ jury, counts }, method) => {
          const call = manifest(jury.applications, 2);
          const ids = call.applications.map((application) => application.id);
          const index = indexTotals(ids, jury.totals);
          // The index groups the evaluations by application: the same order for the weights and the copies.
          const ordered = ids.flatMap((id) => jury.totals.filter((entry) => entry.applicationId === id));
          const copies = ordered.flatMap((entry, k) => Array.from({ length: counts[k]! }, () => entry));
          const weighted = weightedValues(index, method)(Float64Array.from(counts));
          const expected = rankingValues(call, copies, method);
          ids.forEach((id, a) => {
            const value = expected.get(id) ?? null;
            if (value === null) expect(weighted[a]).toBeNaN();
            else expect(weighted[a]).toBeCloseTo(value, 7);
          });
        },
      ),
    );
  });

  it('count an evaluation drawn twice twice', () => {
    const totals = [total('j0', 'a0', 80), total('j1', 'a0', 20), total('j2', 'a0', 50)];
    const index = indexTotals(['a0'], totals);
    const mean = weightedValues(index, { aggregate: 'mean', normalization: 'none' })(new Float64Array([2, 1, 0]));
    expect(mean[0]).toBeCloseTo(60, 12);
    const median = weightedValues(index, { aggregate: 'median', normalization: 'none' })(new Float64Array([0, 2, 1]));
    expect(median[0]).toBe(20);
  });
});

describe('ranks from figures', () => {
  it('share a rank on ties at four decimals and give none to an application without a figure', () => {
    expect([...ranksOf(new Float64Array([50, 70.00001, NaN, 70, 10]))]).toEqual([3, 1, NO_FIGURE, 1, 4]);
  });

  it('are the same for negative figures, and for figures too large to pack with the application’s number', () => {
    expect([...ranksOf(new Float64Array([-3.5, -1.25, -3.5, 0, NaN]))]).toEqual([3, 2, 3, 1, NO_FIGURE]);
    const huge = 2 ** 40;
    expect([...ranksOf(new Float64Array([huge, -huge, 1, huge, NaN]))]).toEqual([1, 4, 3, 1, NO_FIGURE]);
  });

  it('are the same beyond the applications a packed key can number', () => {
    const values = Float64Array.from({ length: 2 ** 17 + 1 }, (_, a) => (a * 7919) % 1000);
    const ranks = ranksOf(values);
    const above = (value: number) => values.filter((other) => other > value).length + 1;
    for (const a of [0, 1, 999, 2 ** 17]) expect(ranks[a]).toBe(above(values[a]!));
  });
});

describe('the seeded draws', () => {
  it('are the same from the same seed and differ from another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of Array.from({ length: 1000 }, seededRandom(1))) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('are spread evenly', () => {
    const random = seededRandom(42);
    const buckets = new Array<number>(10).fill(0);
    for (let draw = 0; draw < 100_000; draw++) buckets[Math.floor(random() * 10)]!++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });
});

describe('the ranking’s uncertainty', () => {
  /** Five jurors; a0 far ahead, a1 and a2 level and both near a two-place cut-off, a3 far behind. */
  const jury = () => {
    const levels: Record<string, number[]> = {
      a0: [95, 90, 92, 97, 94],
      a1: [70, 40, 75, 45, 72],
      a2: [60, 62, 58, 61, 59],
      a3: [10, 12, 8, 11, 9],
    };
    return Object.entries(levels).flatMap(([id, values]) => values.map((value, j) => total(`j${j}`, id, value)));
  };

  it('is reproducible from its seed, and another seed gives other draws', () => {
    const call = manifest(4, 2);
    const settings = { resamples: 300, seed: 5 };
    const first = rankUncertainty(call, jury(), { aggregate: 'mean', normalization: 'none' }, settings);
    expect(rankUncertainty(call, jury(), { aggregate: 'mean', normalization: 'none' }, settings)).toEqual(first);
    const request = (seed: number) => ({
      call,
      totals: jury(),
      method: { aggregate: 'mean', normalization: 'none' } as const,
      settings: { resamples: 300, seed },
    });
    const ranks = resampledRanks(request(5), { first: 0, count: 300 });
    expect(resampledRanks(request(6), { first: 0, count: 300 })).not.toEqual(ranks);
    expect(summarizeRanks(request(5), ranks)).toEqual(first);
  });

  it('draws the same resamples however they are shared among workers', () => {
    const request = {
      call: manifest(4, 2),
      totals: jury(),
      method: { aggregate: 'mean', normalization: 'bias-model' } as const,
      settings: { resamples: 100, seed: 11 },
    };
    const whole = resampledRanks(request, { first: 0, count: 100 });
    const shared = [
      ...resampledRanks(request, { first: 0, count: 37 }),
      ...resampledRanks(request, { first: 37, count: 63 }),
    ];
    expect([...whole]).toEqual(shared);
  });

  it('is certain where the scores leave no doubt and uncertain where two applications are level', () => {
    const call = manifest(5, 2);
    const result = rankUncertainty(
      call,
      jury(),
      { aggregate: 'mean', normalization: 'none' },
      { resamples: 1000, seed: 1 },
    );
    expect(result.get('a0')).toEqual({ interval: { low: 1, high: 1 }, selectedProbability: 1 });
    expect(result.get('a3')).toEqual({ interval: { low: 4, high: 4 }, selectedProbability: 0 });
    expect(result.get('a4')).toEqual({ interval: null, selectedProbability: null });
    for (const id of ['a1', 'a2']) {
      expect(result.get(id)!.interval).toEqual({ low: 2, high: 3 });
      expect(result.get(id)!.selectedProbability).toBeGreaterThan(0.2);
      expect(result.get(id)!.selectedProbability).toBeLessThan(0.8);
    }
    expect(result.get('a1')!.selectedProbability! + result.get('a2')!.selectedProbability!).toBeCloseTo(1, 1);
    const places = 2;
    expect(['a0', 'a1', 'a2', 'a3', 'a4'].filter((id) => tooCloseToCall(result.get(id), places))).toEqual(['a1', 'a2']);
  });

  it('shares the places among applications level across the cut-off: the probabilities add up to the places', () => {
    fc.assert(
      fc.property(juries, fc.integer({ min: 1, max: 6 }), fc.constantFrom(...METHODS), (jury, places, method) => {
        const call = manifest(jury.applications, places);
        const result = rankUncertainty(call, jury.totals, method, { resamples: 40, seed: 7 });
        const scored = new Set(jury.totals.map((entry) => entry.applicationId)).size;
        const sum = [...result.values()].reduce((total, entry) => total + (entry.selectedProbability ?? 0), 0);
        // Each probability is written to 4 decimals: the sum may be off by half a unit of the last, per application.
        const rounding = 0.00005 * jury.applications + 1e-9;
        expect(sum).toBeLessThanOrEqual(places + rounding);
        // Without calibration every scored application has a figure in every resample, so every place is taken;
        // calibration leaves a juror without spread, and so their applications, without one.
        if (method.normalization === 'none')
          expect(Math.abs(sum - Math.min(places, scored))).toBeLessThanOrEqual(rounding);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each of two applications level for one place half of it, and one level with none above all of it', () => {
    // Every juror gives a0 and a1 the same: they are level in every resample, at rank 1 of one place.
    const level = ['j0', 'j1', 'j2'].flatMap((jurorId) => [total(jurorId, 'a0', 50), total(jurorId, 'a1', 50)]);
    const result = rankUncertainty(manifest(2, 1), level, METHODS[0]!, { resamples: 50, seed: 2 });
    expect(result.get('a0')!.selectedProbability).toBe(0.5);
    expect(result.get('a1')!.selectedProbability).toBe(0.5);
    const three = rankUncertainty(
      manifest(3, 2),
      [...level, ...['j0', 'j1', 'j2'].map((j) => total(j, 'a2', 50))],
      METHODS[0]!,
      {
        resamples: 30,
        seed: 2,
      },
    );
    for (const id of ['a0', 'a1', 'a2']) expect(three.get(id)!.selectedProbability).toBe(0.6667);
  });

  it('gives no rank and no probability to an application the method gives no figure, never the last rank', () => {
    // Under z-scores, a juror with a single evaluation has no scale to calibrate: the application only they
    // scored has no figure, in the ranking as in every resample.
    const totals = [
      ...['j0', 'j1', 'j2'].flatMap((jurorId, j) => [total(jurorId, 'a0', 60 + j), total(jurorId, 'a1', 40 + 3 * j)]),
      total('lone', 'a2', 50),
    ];
    const result = rankUncertainty(
      manifest(3, 1),
      totals,
      { aggregate: 'mean', normalization: 'z-score' },
      {
        resamples: 60,
        seed: 4,
      },
    );
    expect(result.get('a2')).toEqual({ interval: null, selectedProbability: null });
    expect(result.get('a0')!.interval).not.toBeNull();
    expect(result.get('a0')!.selectedProbability).toBeGreaterThan(0);
  });

  it('gives no probability without capacities, and reports its progress to the end', () => {
    const seen: number[] = [];
    const result = rankUncertainty(
      manifest(4, null),
      jury(),
      { aggregate: 'mean', normalization: 'bias-model' },
      { resamples: 120, seed: 3 },
      (done, of) => {
        expect(of).toBe(120);
        seen.push(done);
      },
    );
    expect(seen).toEqual([25, 50, 75, 100, 120]);
    expect(result.get('a0')).toEqual({ interval: { low: 1, high: 1 }, selectedProbability: null });
  });

  it('draws one evaluation fewer than an application has, so that two totals are never averaged into a tie', () => {
    // With two draws, a0's mean would be 50 — level with a1 — in half the resamples, and both would count as selected.
    const totals = [total('j0', 'a0', 80), total('j1', 'a0', 20), total('j0', 'a1', 50), total('j1', 'a1', 50)];
    const result = rankUncertainty(
      manifest(2, 1),
      totals,
      { aggregate: 'mean', normalization: 'none' },
      {
        resamples: 1000,
        seed: 4,
      },
    );
    const [a0, a1] = [result.get('a0')!.selectedProbability!, result.get('a1')!.selectedProbability!];
    expect(a0 + a1).toBe(1);
    expect(a0).toBeGreaterThan(0.4);
    expect(a0).toBeLessThan(0.6);
  });

  it('leaves out the 5 % of resamples at each end: a rank reached in 2 % of them is outside the interval', () => {
    // a1 overtakes a0 only when its one high total is drawn four times or more among 19 draws: about 2 %.
    const totals = [
      ...Array.from({ length: 20 }, (_, j) => total(`j${j}`, 'a0', 80)),
      ...Array.from({ length: 20 }, (_, j) => total(`j${j}`, 'a1', j === 0 ? 100 : 75.5)),
    ];
    const result = rankUncertainty(
      manifest(2, 1),
      totals,
      { aggregate: 'mean', normalization: 'none' },
      {
        resamples: 1000,
        seed: 2,
      },
    );
    const a1 = result.get('a1')!;
    expect(a1.selectedProbability).toBeGreaterThan(0.005);
    expect(a1.selectedProbability).toBeLessThan(0.04);
    expect(a1.interval).toEqual({ low: 2, high: 2 });
    expect(result.get('a0')!.interval).toEqual({ low: 1, high: 1 });
  });

  it('holds the central 90 % of the ranks', () => {
    // One juror scores a1 far apart from the others: in about one resample in three it is drawn twice or more.
    const totals = [
      ...[80, 80, 80, 80].map((value, j) => total(`j${j}`, 'a0', value)),
      ...[79, 79, 79, 99].map((value, j) => total(`j${j}`, 'a1', value)),
    ];
    const result = rankUncertainty(
      manifest(2, 1),
      totals,
      { aggregate: 'mean', normalization: 'none' },
      {
        resamples: 1000,
        seed: 9,
      },
    );
    expect(result.get('a1')!.interval).toEqual({ low: 1, high: 2 });
    expect(result.get('a0')!.interval).toEqual({ low: 1, high: 2 });
  });
});

describe('too close to call', () => {
  const at = (low: number, high: number): RankUncertainty => ({ interval: { low, high }, selectedProbability: 0.5 });
  it('is an interval across the cut-off, and nothing else', () => {
    expect(tooCloseToCall(at(3, 4), 3)).toBe(true);
    expect(tooCloseToCall(at(1, 3), 3)).toBe(false);
    expect(tooCloseToCall(at(4, 6), 3)).toBe(false);
    expect(tooCloseToCall(at(3, 4), null)).toBe(false);
    expect(tooCloseToCall(undefined, 3)).toBe(false);
    expect(tooCloseToCall({ interval: null, selectedProbability: null }, 3)).toBe(false);
  });
});
