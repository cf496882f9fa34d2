import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignReviewers, coverageOf, type AssignmentRequest } from '@core/calls/assignments';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/** A call of a few jurors and applications, each juror × application pair a conflict with probability `density`. */
const requests = fc
  .record({
    jurors: fc.integer({ min: 2, max: 14 }),
    applications: fc.integer({ min: 1, max: 50 }),
    k: fc.integer({ min: 1, max: 4 }),
    density: fc.constantFrom(0, 0.05, 0.15),
    seed: fc.nat(),
  })
  .chain(({ jurors, applications, k, density, seed }) =>
    fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: jurors * applications,
        maxLength: jurors * applications,
      })
      .map((draws): AssignmentRequest => {
        const jurorIds = ids('j', jurors);
        const applicationIds = ids('a', applications);
        const conflicts = jurorIds.flatMap((jurorId, j) =>
          applicationIds
            .filter((_, a) => draws[j * applications + a]! < density)
            .map((applicationId) => ({ jurorId, applicationId })),
        );
        return { jurorIds, applicationIds, conflicts, perApplication: Math.min(k, jurors), seed };
      }),
  );

function reviewersOf(request: AssignmentRequest, result: ReturnType<typeof assignReviewers>) {
  return new Map(
    request.applicationIds.map((applicationId) => [
      applicationId,
      result.assignments
        .filter((assignment) => assignment.applicationIds.includes(applicationId))
        .map((assignment) => assignment.jurorId),
    ]),
  );
}

describe('assigning applications to a few jurors each', () => {
  it('gives every application k distinct jurors when enough are free of conflicts, and says which got fewer', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const result = assignReviewers(request);
        const reviewers = reviewersOf(request, result);
        for (const [applicationId, jurors] of reviewers) {
          expect(new Set(jurors).size).toBe(jurors.length);
          const free = request.jurorIds.filter(
            (jurorId) => !request.conflicts.some((c) => c.jurorId === jurorId && c.applicationId === applicationId),
          ).length;
          expect(jurors.length).toBe(Math.min(request.perApplication, free));
          const shortfall = result.shortfalls.find((entry) => entry.applicationId === applicationId);
          expect(shortfall?.jurors).toBe(jurors.length < request.perApplication ? jurors.length : undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never gives a juror an application they have a conflict with', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const result = assignReviewers(request);
        for (const { jurorId, applicationId } of request.conflicts) {
          expect(result.assignments.find((assignment) => assignment.jurorId === jurorId)!.applicationIds).not.toContain(
            applicationId,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the loads within one of each other when nobody has a conflict', () => {
    fc.assert(
      fc.property(
        requests.map((request) => ({ ...request, conflicts: [] })),
        (request) => {
          const loads = assignReviewers(request).assignments.map((assignment) => assignment.applicationIds.length);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with conflicts, leaves no application that a juror two below the busiest one could take from them', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const result = assignReviewers(request);
        const reviewers = reviewersOf(request, result);
        const conflicted = (jurorId: string, applicationId: string) =>
          request.conflicts.some((c) => c.jurorId === jurorId && c.applicationId === applicationId);
        for (const busy of result.assignments) {
          for (const idle of result.assignments) {
            if (busy.applicationIds.length < idle.applicationIds.length + 2) continue;
            const movable = busy.applicationIds.filter(
              (applicationId) =>
                !reviewers.get(applicationId)!.includes(idle.jurorId) && !conflicted(idle.jurorId, applicationId),
            );
            expect(movable, `${busy.jurorId} → ${idle.jurorId}`).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same assignment for the same seed, and another one for another seed', () => {
    const request: AssignmentRequest = {
      jurorIds: ids('j', 8),
      applicationIds: ids('a', 40),
      conflicts: [{ jurorId: 'j1', applicationId: 'a1' }],
      perApplication: 3,
      seed: 7,
    };
    expect(assignReviewers(request)).toEqual(assignReviewers({ ...request }));
    expect(assignReviewers(request)).not.toEqual(assignReviewers({ ...request, seed: 8 }));
  });

  it('balances exactly on the reference scenario: 12 applications, 5 jurors, 3 each, one conflict', () => {
    const request: AssignmentRequest = {
      jurorIds: ids('j', 5),
      applicationIds: ids('a', 12),
      conflicts: [{ jurorId: 'j3', applicationId: 'a8' }],
      perApplication: 3,
      seed: 1,
    };
    const result = assignReviewers(request);
    expect(result.shortfalls).toEqual([]);
    expect(result.assignments.map((assignment) => assignment.applicationIds.length).sort()).toEqual([7, 7, 7, 7, 8]);
  });
});

describe('what the assignment covers', () => {
  it('counts each juror’s applications, what each pair shares, and the groups that share nothing', () => {
    const coverage = coverageOf([
      { jurorId: 'ana', applicationIds: ['a', 'b'] },
      { jurorId: 'bruno', applicationIds: ['b', 'c'] },
      { jurorId: 'chloe', applicationIds: ['d'] },
      { jurorId: 'dan', applicationIds: [] },
    ]);
    expect(coverage.loads).toEqual([
      { jurorId: 'ana', count: 2 },
      { jurorId: 'bruno', count: 2 },
      { jurorId: 'chloe', count: 1 },
      { jurorId: 'dan', count: 0 },
    ]);
    expect(coverage.pairs.find((pair) => pair.a === 'ana' && pair.b === 'bruno')?.shared).toBe(1);
    expect(coverage.pairs.filter((pair) => pair.shared === 0)).toHaveLength(5);
    expect(coverage.groups).toEqual([['ana', 'bruno'], ['chloe']]);
  });
});
