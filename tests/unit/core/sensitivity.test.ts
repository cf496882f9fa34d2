import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jurorTotals, rankingValues, ranks } from '@core/jury/aggregate';
import { selectedFrom, sensitivity } from '@core/jury/sensitivity';
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
function selectedByRank(values: ReadonlyMap<string, number | null>, capacity: number): string[] {
  return [...ranks(values)]
    .filter(([, rank]) => rank !== null && rank <= capacity)
    .map(([id]) => id)
    .sort();
}

describe('the sensitivity analysis', () => {
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
          expect(outcome.entered).toEqual(expected.filter((id) => !analysis.base.includes(id)));
          expect(outcome.left).toEqual(analysis.base.filter((id) => !expected.includes(id)));
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
    expect(analysis.base).toEqual(['a0']);
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
