import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jurorTotals, rankingValues, ranks } from '@core/jury/aggregate';
import { selectedFrom, sensitivity, type Selection } from '@core/jury/sensitivity';
import { placesTaken, tiedAtCutoff } from '@core/jury/cutoff';
import { NO_FIGURE } from '@core/jury/figure-ranks';
import type { BundleManifest } from '@core/documents/formats/bundle';
import type { ScoreFile } from '@core/documents/formats/scores';
import { METHODS } from '../../support/methods';
import { parsedScoreFile, parsedManifest } from '../../support/fixtures';

function manifest(applications: number, jurors: number, capacity: number): BundleManifest {
  return parsedManifest({
    criteria: [
      { id: 'q', label: 'Quality', weight: 2, scale: { min: 0, max: 4, step: 1 } },
      { id: 'r', label: 'Reach', weight: 1, scale: { min: 0, max: 4, step: 1 } },
    ],
    jurors: Array.from({ length: jurors }, (_, index) => ({
      id: `j${index}`,
      name: `J${index}`,
      role: index === 0 ? ('chair' as const) : ('juror' as const),
    })),
    outcomes: [
      { id: 'in', label: 'In', kind: 'selected', capacity },
      { id: 'out', label: 'Out', kind: 'rejected' },
    ],
    applications: Array.from({ length: applications }, (_, index) => ({ id: `a${index}`, name: `A${index}` })),
  });
}

/** A jury where each juror scored some applications, on a small scale so that ties are common. */
const juries = fc
  .record({
    applications: fc.integer({ min: 1, max: 12 }),
    jurors: fc.integer({ min: 1, max: 6 }),
    capacity: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ applications, jurors, capacity }) =>
    fc.record({
      manifest: fc.constant(manifest(applications, jurors, capacity)),
      scores: fc.array(
        fc.array(fc.option(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { nil: null }), {
          minLength: applications,
          maxLength: applications,
        }),
        { minLength: jurors, maxLength: jurors },
      ),
    }),
  );

function filesOf(scores: ([number, number] | null)[][]): ScoreFile[] {
  return scores.map((row, juror) =>
    parsedScoreFile(
      `j${juror}`,
      row.flatMap((score, application) =>
        score
          ? [
              {
                applicationId: `a${application}`,
                status: 'complete' as const,
                scores: { q: score[0], r: score[1] },
                updatedAt: '2026-11-02T00:00:00Z',
              },
            ]
          : [],
      ),
    ),
  );
}

/** The definition: an application is selected when its rank, ties sharing one, is within the places. */
/**
 * The reference, from shared ranks alone: within the places when the whole group of its rank fits in them, tied for
 * the places left when its group straddles the last one.
 */
function selectedByRank(values: ReadonlyMap<string, number | null>, capacity: number): Selection {
  const ranked = [...ranks(values)].filter((entry): entry is [string, number] => entry[1] !== null);
  const groupOf = (rank: number) => ranked.filter(([, other]) => other === rank).length;
  const within = ranked.filter(([, rank]) => rank <= capacity);
  const straddling = within.filter(([, rank]) => rank + groupOf(rank) - 1 > capacity);
  return {
    sure: within
      .filter((entry) => !straddling.includes(entry))
      .map(([id]) => id)
      .sort(),
    tied: straddling.map(([id]) => id).sort(),
    tiedPlaces: straddling.length > 0 ? capacity - straddling[0]![1] + 1 : 0,
  };
}

const reachedBy = (selection: Selection) => [...selection.sure, ...selection.tied].sort();

describe('the sensitivity analysis', () => {
  it('never names more applications than places: those level at the cut-off beyond them are tied for the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { maxLength: 15 }),
        fc.integer({ min: 1, max: 8 }),
        (values, capacity) => {
          const byId = new Map(values.map((value, index) => [`a${index}`, value]));
          const { sure, tied, tiedPlaces } = selectedFrom(manifest(values.length, 1, capacity), byId, capacity);
          const scored = values.filter((value) => value !== null).length;
          expect(sure.length + tiedPlaces).toBe(Math.min(capacity, scored));
          if (tied.length > 0) expect(tied.length).toBeGreaterThan(tiedPlaces);
          else expect(tiedPlaces).toBe(0);
          // Everyone tied is level, and level with no one sure to be in at a lower value.
          expect(new Set(tied.map((id) => byId.get(id))).size).toBeLessThanOrEqual(1);
        },
      ),
    );
    // Eight places, two level at the eighth: seven in, two tied for one place.
    const values = new Map([70, 69, 68, 67, 66, 65, 64, 62.5, 62.5, 60].map((value, index) => [`a${index}`, value]));
    expect(selectedFrom(manifest(10, 1, 8), values, 8)).toEqual({
      sure: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
      tied: ['a7', 'a8'],
      tiedPlaces: 1,
    });
  });

  it('selects exactly the applications whose shared rank is within the places', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(
            fc.integer({ min: 0, max: 6 }).map((value) => value / 2),
            { nil: null },
          ),
          { maxLength: 15 },
        ),
        fc.integer({ min: 1, max: 8 }),
        (values, capacity) => {
          const byId = new Map(values.map((value, index) => [`a${index}`, value]));
          expect(selectedFrom(manifest(values.length, 1, capacity), byId, capacity)).toEqual(
            selectedByRank(byId, capacity),
          );
        },
      ),
    );
  });

  it('with one juror left out, selects what ranking the other jurors’ files alone selects, for every method', () => {
    fc.assert(
      fc.property(juries, fc.constantFrom(...METHODS), ({ manifest, scores }, method) => {
        const files = filesOf(scores);
        const analysis = sensitivity(manifest, files, method)!;
        const capacity = manifest.outcomes[0]!.capacity!;
        expect(analysis.base).toEqual(
          selectedByRank(rankingValues(manifest, jurorTotals(manifest, files), method), capacity),
        );
        for (const outcome of analysis.outcomes.filter((candidate) => candidate.scenario.kind === 'method')) {
          const expected = selectedByRank(
            rankingValues(manifest, jurorTotals(manifest, files), outcome.scenario.method),
            capacity,
          );
          expect(outcome.selected).toEqual(expected);
        }
        for (const file of files) {
          const others = files.filter((other) => other !== file);
          const outcome = analysis.outcomes.find((candidate) => candidate.scenario.id === `without:${file.juror.id}`)!;
          const expected = selectedByRank(rankingValues(manifest, jurorTotals(manifest, others), method), capacity);
          expect(outcome.selected).toEqual(expected);
          expect(outcome.entered).toEqual(reachedBy(expected).filter((id) => !reachedBy(analysis.base).includes(id)));
          expect(outcome.left).toEqual(reachedBy(analysis.base).filter((id) => !reachedBy(expected).includes(id)));
          const placeOf = (selection: Selection, id: string) =>
            selection.sure.includes(id) ? 'selected' : selection.tied.includes(id) ? 'tied' : 'out';
          expect(outcome.moved).toEqual(
            reachedBy(analysis.base)
              .filter((id) => reachedBy(expected).includes(id) && placeOf(expected, id) !== placeOf(analysis.base, id))
              .map((applicationId) => ({ applicationId, place: placeOf(expected, applicationId) })),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names a scenario for each method and each juror, in that order', () => {
    const files = filesOf([
      [[4, 4], [0, 0], null],
      [[3, 3], null, [1, 1]],
    ]);
    const analysis = sensitivity(manifest(3, 2, 1), files, METHODS[0]!)!;
    const none = 'none' as const;
    expect(analysis.outcomes.map((outcome) => outcome.scenario)).toEqual([
      { kind: 'method', id: 'mean', method: { aggregate: 'mean', normalization: none } },
      { kind: 'method', id: 'median', method: { aggregate: 'median', normalization: none } },
      { kind: 'method', id: 'trimmed-mean', method: { aggregate: 'trimmed-mean', normalization: none } },
      { kind: 'method', id: 'z-score', method: { aggregate: 'mean', normalization: 'z-score' } },
      { kind: 'method', id: 'bias-model', method: { aggregate: 'mean', normalization: 'bias-model' } },
      { kind: 'without-juror', id: 'without:j0', jurorId: 'j0', method: METHODS[0] },
      { kind: 'without-juror', id: 'without:j1', jurorId: 'j1', method: METHODS[0] },
    ]);
    expect(analysis.base).toEqual({ sure: ['a0'], tied: [], tiedPlaces: 0 });
  });

  it('has nothing to say when a selected outcome has no number of places', () => {
    const withoutPlaces = manifest(2, 1, 1);
    withoutPlaces.outcomes = [{ id: 'in', label: 'In', kind: 'selected' }];
    expect(
      sensitivity(
        withoutPlaces,
        filesOf([
          [
            [4, 4],
            [1, 1],
          ],
        ]),
        METHODS[0]!,
      ),
    ).toBeNull();
  });
});

describe('the tie at the cut-off, from a ranking’s shared ranks', () => {
  const ranked = (ranks: (number | null)[]) => ranks.map((rank, index) => ({ applicationId: `a${index}`, rank }));

  it('names the applications level across the last place, and the places they share', () => {
    expect(tiedAtCutoff(ranked([1, 2, 3, 3, 5]), 3)).toEqual({ applicationIds: ['a2', 'a3'], places: 1 });
    expect(tiedAtCutoff(ranked([1, 1, 1, 4]), 2)).toEqual({ applicationIds: ['a0', 'a1', 'a2'], places: 2 });
    expect(tiedAtCutoff(ranked([3, 1, 2, 3, null]), 3)).toEqual({ applicationIds: ['a0', 'a3'], places: 1 });
  });

  it('finds the last group within the places wherever the results list it', () => {
    expect(tiedAtCutoff(ranked([1, 5, 3, 3, 2]), 3)).toEqual({ applicationIds: ['a2', 'a3'], places: 1 });
    expect(tiedAtCutoff(ranked([3, 3, 1, 6, 2, 3]), 4)).toEqual({ applicationIds: ['a0', 'a1', 'a5'], places: 2 });
    const byName = [
      { applicationId: 'zeta', rank: 2 },
      { applicationId: 'alpha', rank: 1 },
      { applicationId: 'beta', rank: 2 },
    ];
    expect(tiedAtCutoff(byName, 2)).toEqual({ applicationIds: ['beta', 'zeta'], places: 1 });
  });

  it('shares each resample’s places, leaving out the unscored and those without a figure there', () => {
    // Three applications, one place, two resamples: level in the first; a2 has no figure in the second.
    const ranks = Int32Array.from([1, 1, 3, 1, 2, NO_FIGURE]);
    expect([...placesTaken(ranks, [true, true, true], 1)]).toEqual([1.5, 0.5, 0]);
    // Unscored, a1 takes nothing even where its rank would: a0 has the place alone in the first resample.
    expect([...placesTaken(Int32Array.from([1, 1, 3, 1, 2, 3]), [true, false, true], 1)]).toEqual([2, 0, 0]);
    // Two places, three level at rank 1: two thirds each.
    expect([...placesTaken(Int32Array.from([1, 1, 1]), [true, true, true], 2)].map((v) => v.toFixed(4))).toEqual([
      '0.6667',
      '0.6667',
      '0.6667',
    ]);
  });

  it('is none when the level group fits, when nobody reaches the places, or without places', () => {
    expect(tiedAtCutoff(ranked([1, 2, 2, 4]), 3)).toBeNull();
    expect(tiedAtCutoff(ranked([1, 2, 3, 3]), 4)).toBeNull();
    expect(tiedAtCutoff(ranked([1, 1]), 5)).toBeNull();
    expect(tiedAtCutoff(ranked([null, null]), 1)).toBeNull();
    expect(tiedAtCutoff(ranked([1, 2, 2]), null)).toBeNull();
  });

  it('agrees with the selection the sensitivity analysis makes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (values, capacity) => {
          const byId = new Map(values.map((value, index) => [`a${index}`, value]));
          const selection = selectedFrom(manifest(values.length, 1, capacity), byId, capacity);
          const tie = tiedAtCutoff(
            [...ranks(byId)].map(([applicationId, rank]) => ({ applicationId, rank })),
            capacity,
          );
          expect(tie).toEqual(
            selection.tied.length > 0 ? { applicationIds: selection.tied, places: selection.tiedPlaces } : null,
          );
        },
      ),
    );
  });
});
