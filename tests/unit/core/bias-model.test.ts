import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JurorTotal } from '@core/jury/aggregate';
import { biasModelSolver, fitBiasModel } from '@core/jury/bias-model';
import { comparableParts, connectedParts, indexTotals } from '@core/jury/juror-graph';

const total = (jurorId: string, applicationId: string, value: number): JurorTotal => ({
  jurorId,
  applicationId,
  total: value,
  scores: {},
});

/** Every juror's total is the application's quality plus the juror's bias, exactly. */
function noiseless(quality: number[], bias: number[], scored: (juror: number, application: number) => boolean) {
  const totals: JurorTotal[] = [];
  bias.forEach((b, j) =>
    quality.forEach((q, a) => {
      if (scored(j, a)) totals.push(total(`j${j}`, `a${a}`, q + b));
    }),
  );
  return { ids: quality.map((_, a) => `a${a}`), totals };
}

/** j0, j1 saw a0, a1; j2, j3 saw a2, a3: two juries whose scales cannot be compared (j0 and j2 the lenient). */
function twoJuries(): JurorTotal[] {
  return [
    total('j0', 'a0', 60),
    total('j1', 'a0', 40),
    total('j0', 'a1', 70),
    total('j1', 'a1', 50),
    total('j2', 'a2', 90),
    total('j3', 'a2', 80),
    total('j2', 'a3', 30),
    total('j3', 'a3', 20),
  ];
}

function fit(ids: string[], totals: JurorTotal[]) {
  const index = indexTotals(ids, totals);
  const result = fitBiasModel(index);
  const biasOf = (jurorId: string) => result.bias[index.jurorIds.indexOf(jurorId)]!;
  return { ...result, biasOf, parts: connectedParts(index).count };
}

describe('the bias model', () => {
  it('recovers each quality and each bias exactly from noiseless, overlapping assignments', () => {
    const quality = [70, 55.5, 82, 40, 63, 91, 47.25];
    const bias = [6, -4, 1.5, -3.5];
    // Each application seen by two or three jurors, chained so that the graph is connected.
    const { ids, totals } = noiseless(quality, bias, (j, a) => (a + j) % 4 !== 0 && (a + 2 * j) % 5 !== 1);
    expect(connectedParts(indexTotals(ids, totals)).count).toBe(1);
    const result = fit(ids, totals);
    quality.forEach((q, a) => expect(result.quality[a]).toBeCloseTo(q, 9));
    bias.forEach((b, j) => expect(result.biasOf(`j${j}`)).toBeCloseTo(b, 9));
    expect(result.parts).toBe(1);
  });

  it('puts the biases to zero sum, so a lenient juror alone on some applications does not lift them', () => {
    // Juror 0 scores 20 points above juror 1 on what both saw, and alone saw a2.
    const totals = [
      total('j0', 'a0', 80),
      total('j1', 'a0', 60),
      total('j0', 'a1', 70),
      total('j1', 'a1', 50),
      total('j0', 'a2', 90),
    ];
    const result = fit(['a0', 'a1', 'a2'], totals);
    expect(result.biasOf('j0')).toBeCloseTo(10, 9);
    expect(result.biasOf('j1')).toBeCloseTo(-10, 9);
    expect([...result.quality].map((value) => +value.toFixed(6))).toEqual([70, 60, 80]);
  });

  it('equals the mean when every juror scores every application', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const ids = ['a0', 'a1', 'a2'];
          const totals = rows.flatMap((row, j) => row.map((value, a) => total(`j${j}`, `a${a}`, value)));
          const { quality } = fit(ids, totals);
          ids.forEach((_, a) => {
            const mean = rows.reduce((sum, row) => sum + row[a]!, 0) / rows.length;
            expect(Math.abs(quality[a]! - mean)).toBeLessThan(1e-9);
          });
        },
      ),
    );
  });

  it('under full assignment, never scores lower an application all of whose totals are higher', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0.001, max: 50, noNaN: true })),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (pairs, others) => {
          // a0 and a1 scored by every juror, a0 above a1 by each of them; other applications fill the jury.
          const totals = pairs.flatMap(([low, gap], j) => [
            total(`j${j}`, 'a0', low + gap),
            total(`j${j}`, 'a1', low),
            ...others.map((value, o) => total(`j${j}`, `o${o}`, (value + 7 * j) % 100)),
          ]);
          const { quality } = fit(['a0', 'a1', ...others.map((_, o) => `o${o}`)], totals);
          expect(quality[0]).toBeGreaterThan(quality[1]!);
        },
      ),
    );
  });

  it('says when the jurors fall into groups that share no application, and keeps each group to zero-sum biases', () => {
    const totals = twoJuries();
    const ids = ['a0', 'a1', 'a2', 'a3', 'unscored'];
    const result = fit(ids, totals);
    expect(result.parts).toBe(2);
    expect(result.biasOf('j0') + result.biasOf('j1')).toBeCloseTo(0, 12);
    expect(result.biasOf('j2')).toBeCloseTo(5, 9);
    expect([...result.quality].slice(0, 4).map((value) => +value.toFixed(6))).toEqual([50, 60, 85, 25]);
    expect(result.quality[4]).toBeNaN();
    expect(comparableParts(ids, totals)).toEqual([
      { applicationIds: ['a0', 'a1'], jurorIds: ['j0', 'j1'] },
      { applicationIds: ['a2', 'a3'], jurorIds: ['j2', 'j3'] },
    ]);
  });

  it('counts an evaluation as often as its weight, and leaves out those of weight zero', () => {
    const totals = [total('j0', 'a0', 80), total('j1', 'a0', 60), total('j0', 'a1', 70), total('j1', 'a1', 50)];
    const index = indexTotals(['a0', 'a1'], totals);
    const doubled = fitBiasModel(index, new Float64Array([2, 2, 2, 2]));
    const once = fitBiasModel(index);
    expect([...doubled.quality]).toEqual([...once.quality].map((value) => expect.closeTo(value, 9)));
    // Without j1's score of a1, the two jurors still share a0: the bias comes from there alone.
    // Evaluations are grouped by application: j1's score of a1 is the second of a1's.
    const k = index.start[1]! + 1;
    expect(index.jurorIds[index.juror[k]!]).toBe('j1');
    const weights = new Float64Array([1, 1, 1, 1]);
    weights[k] = 0;
    const partial = fitBiasModel(index, weights);
    expect(partial.quality[1]).toBeCloseTo(60, 9);
  });

  it('has nothing to fit without evaluations', () => {
    const result = fit(['a0'], []);
    expect(result.parts).toBe(0);
    expect(result.quality[0]).toBeNaN();
  });
});

describe('the bias model’s solver for resamples', () => {
  /** Application a scored by jurors a, a + 5 and a + 7 (mod 12): each juror shares applications around a ring. */
  function ring(applications: number, values: (a: number, j: number) => number) {
    const totals = Array.from({ length: applications }, (_, a) =>
      [0, 5, 7].map((offset) => total(`j${(a + offset) % 12}`, `a${a}`, values(a, (a + offset) % 12))),
    ).flat();
    return indexTotals(
      Array.from({ length: applications }, (_, a) => `a${a}`),
      totals,
    );
  }

  it('gives, preconditioned, the fit the plain solver gives, under any weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 16 }), { minLength: 36, maxLength: 36 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 108, maxLength: 108 }),
        (levels, counts) => {
          const index = ring(36, (a, j) => levels[a]! * 6.25 + (j % 3) * 5);
          const weights = Float64Array.from(counts);
          const plain = biasModelSolver(index, false)(weights).fit;
          const preconditioned = biasModelSolver(index, true)(weights).fit;
          plain.quality.forEach((value, a) => {
            if (Number.isNaN(value)) expect(preconditioned.quality[a]).toBeNaN();
            else expect(preconditioned.quality[a]).toBeCloseTo(value, 7);
          });
          plain.bias.forEach((value, j) => expect(preconditioned.bias[j]).toBeCloseTo(value, 7));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes far fewer steps preconditioned where the jurors are chained around a ring, and recovers the truth', () => {
    const quality = (a: number) => 40 + ((a * 37) % 50);
    // Biases that sum to zero over the twelve jurors, as the model's own are.
    const lenience = (j: number) => [5, -3, 2, -7, 4, 0, -1, 6, -4, 1, -2, -1][j]!;
    const index = ring(240, (a, j) => quality(a) + lenience(j));
    const plain = biasModelSolver(index, false)(null);
    const preconditioned = biasModelSolver(index, true)(null);
    expect(preconditioned.steps).toBeLessThan(plain.steps);
    expect(preconditioned.steps).toBeLessThanOrEqual(2);
    preconditioned.fit.quality.forEach((value, a) => expect(value).toBeCloseTo(quality(a), 9));
  });

  it('centres the biases of each group a resample cuts apart, though its preconditioner saw them joined', () => {
    // j1 scored a1 alongside j2 once: the one evaluation that joins {j0, j1} to {j2, j3}.
    const totals = [
      total('j0', 'a0', 60),
      total('j1', 'a0', 40),
      total('j1', 'a1', 55),
      total('j2', 'a1', 65),
      total('j2', 'a2', 90),
      total('j3', 'a2', 70),
    ];
    const index = indexTotals(['a0', 'a1', 'a2'], totals);
    const cut = new Float64Array([1, 1, 1, 0, 1, 1]);
    const plain = biasModelSolver(index, false)(cut).fit;
    const preconditioned = biasModelSolver(index, true)(cut).fit;
    expect([...preconditioned.bias].map((value) => +value.toFixed(9))).toEqual(
      [...plain.bias].map((value) => +value.toFixed(9)),
    );
    const bias = (id: string) => preconditioned.bias[index.jurorIds.indexOf(id)]!;
    expect(bias('j0') + bias('j1')).toBeCloseTo(0, 9);
    expect(bias('j2') + bias('j3')).toBeCloseTo(0, 9);
    expect(bias('j0')).toBeCloseTo(10, 9);
  });

  it('centres the biases on each group of jurors that share no application, preconditioned too', () => {
    const totals = twoJuries();
    const index = indexTotals(['a0', 'a1', 'a2', 'a3'], totals);
    const { fit } = biasModelSolver(index, true)(null);
    expect([...fit.bias].map((value) => +value.toFixed(9))).toEqual([10, -10, 5, -5]);
    expect([...fit.quality].map((value) => +value.toFixed(9))).toEqual([50, 60, 85, 25]);
  });
});
