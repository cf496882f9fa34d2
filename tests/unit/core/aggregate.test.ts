import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calibratedScores } from '@core/jury/calibration';
import { computeResults, jurorCalibrations, ranks, type ComputedResult, type JurorTotal } from '@core/jury/aggregate';
import type { BundleManifest } from '@core/documents/formats/bundle';
import type { ScoreFile } from '@core/documents/formats/scores';
import { sensitivity } from '@core/jury/sensitivity';
import { mean, median, sampleSd, summarizeInPlace, trimmedMean } from '@core/jury/statistics';
import { parsedScoreFile, parsedManifest } from '../../support/fixtures';

describe('statistics (docs/DESIGN.md §3)', () => {
  it('mean, median, sample sd and trimmed mean, worked by hand', () => {
    expect(mean([60, 70, 80])).toBe(70);
    expect(median([80, 60, 70, 90])).toBe(75);
    // Deviations from 70: −10, 0, 10 → squares 200 / (n − 1 = 2) = 100 → sd 10.
    expect(sampleSd([60, 70, 80])).toBe(10);
    expect(sampleSd([70])).toBeNull();
    // n ≥ 5: drop 10 and 100, mean of 50, 60, 70.
    expect(trimmedMean([100, 50, 10, 60, 70])).toBe(60);
    expect(trimmedMean([10, 50, 90])).toBe(50);
    expect(mean([])).toBeNull();
  });

  it('ranks descending with shared ranks for ties (1, 2, 2, 4)', () => {
    const ranked = ranks(
      new Map([
        ['a', 90],
        ['b', 80],
        ['c', 80],
        ['d', 70],
        ['e', null],
      ]),
    );
    expect([...ranked]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', null],
    ]);
  });
});

describe('z-score calibration', () => {
  it('gives μ + σ · mean(z) for jurors with at least three complete evaluations', () => {
    const totals: JurorTotal[] = [
      // Juror A is lenient (mean 80, sd 10); juror B severe (mean 40, sd 10); C has only two evaluations.
      ...[
        ['x', 90],
        ['y', 80],
        ['z', 70],
      ].map(([applicationId, total]) => ({
        jurorId: 'A',
        applicationId: applicationId as string,
        total: total as number,
        scores: {},
      })),
      ...[
        ['x', 50],
        ['y', 40],
        ['z', 30],
      ].map(([applicationId, total]) => ({
        jurorId: 'B',
        applicationId: applicationId as string,
        total: total as number,
        scores: {},
      })),
      { jurorId: 'C', applicationId: 'x', total: 100, scores: {} },
      { jurorId: 'C', applicationId: 'y', total: 0, scores: {} },
    ];
    const all = totals.map((entry) => entry.total);
    const mu = mean(all)!;
    const sigma = sampleSd(all)!;
    const calibrated = calibratedScores(totals);
    // x: z = +1 for A and for B → μ + σ; y: z = 0 → μ; z: z = −1 → μ − σ. C is not calibrated.
    expect(calibrated.get('x')).toBeCloseTo(mu + sigma, 10);
    expect(calibrated.get('y')).toBeCloseTo(mu, 10);
    expect(calibrated.get('z')).toBeCloseTo(mu - sigma, 10);
  });
});

function manifest(): BundleManifest {
  return parsedManifest({
    criteria: [
      { id: 'q', label: 'Quality', weight: 3, scale: { min: 0, max: 10, step: 1 } },
      { id: 'r', label: 'Reach', weight: 1, scale: { min: 1, max: 5, step: 1 } },
    ],
    jurors: ['j1', 'j2', 'j3', 'j4', 'j5'].map((id, index) => ({
      id,
      name: id,
      role: index === 0 ? ('chair' as const) : ('juror' as const),
    })),
    outcomes: [
      { id: 'in', label: 'In', kind: 'selected', capacity: 1 },
      { id: 'out', label: 'Out', kind: 'rejected' },
    ],
    applications: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
  });
}

function file(
  jurorId: string,
  evaluations: Array<[string, number, number] | [string, 'recused'] | [string, 'draft', number]>,
): ScoreFile {
  return parsedScoreFile(
    jurorId,
    evaluations.map((entry) => {
      const [applicationId] = entry;
      if (entry[1] === 'recused')
        return { applicationId, status: 'recused', scores: { q: null, r: null }, updatedAt: '2026-11-02T00:00:00Z' };
      if (entry[1] === 'draft')
        return { applicationId, status: 'draft', scores: { q: entry[2], r: null }, updatedAt: '2026-11-02T00:00:00Z' };
      return {
        applicationId,
        status: 'complete',
        scores: { q: entry[1], r: entry[2] },
        updatedAt: '2026-11-02T00:00:00Z',
      };
    }),
  );
}

describe('results per application', () => {
  // S = 100 · (3 · q/10 + 1 · (r − 1)/4) / 4.
  // A: j1 q8 r5 → 100·(2.4+1)/4 = 85; j2 q6 r3 → 100·(1.8+0.5)/4 = 57.5; j3 recused; j4 draft (not counted).
  // B: j1 q5 r1 → 37.5; j2 q5 r1 → 37.5.   C: nobody.
  const files = [
    file('j1', [
      ['a', 8, 5],
      ['b', 5, 1],
    ]),
    file('j2', [
      ['a', 6, 3],
      ['b', 5, 1],
    ]),
    file('j3', [['a', 'recused']]),
    file('j4', [['a', 'draft', 9]]),
  ];

  it('count complete, non-recused evaluations only, rounded to 4 decimals', () => {
    const [a, b, c] = computeResults(manifest(), files, { method: { aggregate: 'mean', normalization: 'none' } });
    expect(a).toMatchObject({
      applicationId: 'a',
      rank: 1,
      n: 2,
      mean: 71.25,
      median: 71.25,
      min: 57.5,
      max: 85,
      sd: 19.4454,
    });
    // Two jurors give no z-scores spread to speak of; the single place (capacity 1) puts ranks 1 and 2 near it.
    expect(a!.flags).toEqual(['near-cutoff']);
    expect(a!.criteria).toEqual({ q: { mean: 7, median: 7, n: 2 }, r: { mean: 4, median: 4, n: 2 } });
    expect(b).toMatchObject({ rank: 2, n: 2, mean: 37.5, sd: 0, flags: ['near-cutoff'] });
    expect(c).toMatchObject({ rank: null, n: 0, mean: null, median: null, sd: null, min: null, max: null, flags: [] });
    // One juror alone: flagged, with two it is not.
    const [alone] = computeResults(manifest(), [files[0]!], { method: { aggregate: 'mean', normalization: 'none' } });
    expect(alone!.flags).toEqual(['near-cutoff', 'single-evaluation']);
    expect(alone!.reasons.at(-1)).toEqual({ flag: 'single-evaluation' });
  });

  it('the sensitivity analysis says which application would take the single place under each method and without each juror', () => {
    const analysis = sensitivity(manifest(), files, { aggregate: 'mean', normalization: 'none' })!;
    expect(analysis.capacity).toBe(1);
    expect(analysis.base).toEqual({ sure: ['a'], tied: [], tiedPlaces: 0 });
    const withoutJ1 = analysis.outcomes.find((outcome) => outcome.scenario.id === 'without:j1')!;
    // Without j1: A = 57.5, B = 37.5 → A still selected.
    expect(withoutJ1).toMatchObject({ selected: { sure: ['a'], tied: [] }, entered: [], left: [] });
  });
});

describe('statistics from one sort', () => {
  it('give exactly what each statistic alone gives, for a prefix of the buffer too', () => {
    // `+ 0` turns −0 into 0: the two may sort either way, and files write both as 0.
    fc.assert(
      fc.property(
        fc.array(
          fc.double({ min: -1000, max: 1000, noNaN: true }).map((value) => value + 0),
          { maxLength: 90 },
        ),
        fc.nat(5),
        (values, spare) => {
          const buffer = new Float64Array(values.length + spare).fill(1e9);
          buffer.set(values);
          const summary = summarizeInPlace(buffer, values.length);
          expect(summary).toEqual({
            n: values.length,
            mean: mean(values),
            median: median(values),
            sd: sampleSd(values),
            min: values.length ? Math.min(...values) : null,
            max: values.length ? Math.max(...values) : null,
            trimmedMean: trimmedMean(values),
          });
          expect([...buffer.subarray(values.length)]).toEqual(new Array(spare).fill(1e9));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the calibration table', () => {
  it('gives each juror their count, mean, gap to the panel, spread and the juror they share fewest applications with', () => {
    const total = (jurorId: string, applicationId: string, value: number): JurorTotal => ({
      jurorId,
      applicationId,
      total: value,
      scores: {},
    });
    const totals = [
      total('ana', 'a', 80),
      total('ana', 'b', 60),
      total('ana', 'c', 70),
      total('bob', 'a', 50),
      total('bob', 'b', 40),
      total('zoe', 'c', 90),
    ];
    const results = [
      { applicationId: 'a', mean: 65 },
      { applicationId: 'b', mean: 50 },
      { applicationId: 'c', mean: 80 },
    ] as ComputedResult[];
    const [ana, bob, zoe] = jurorCalibrations(['ana', 'bob', 'zoe'], totals, results);
    expect(ana).toEqual({
      jurorId: 'ana',
      evaluated: 3,
      mean: 70,
      gapToPanel: 5,
      sd: 10,
      leastShared: { jurorId: 'zoe', count: 1 },
    });
    expect(bob).toMatchObject({ evaluated: 2, mean: 45, gapToPanel: -12.5, leastShared: { jurorId: 'zoe', count: 0 } });
    expect(zoe).toMatchObject({ evaluated: 1, sd: null, leastShared: { jurorId: 'bob', count: 0 } });
    expect(jurorCalibrations(['solo'], [], [])).toEqual([
      { jurorId: 'solo', evaluated: 0, mean: null, gapToPanel: null, sd: null, leastShared: null },
    ]);
  });
});
