/** The generated calls and the properties every assignment must have, for the assignment tests at every size. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { coverageOf, seeded, type assignReviewers, type AssignmentRequest } from '@core/calls/assignments';

export const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/**
 * A call of a few jurors and applications, each juror × application pair a conflict with probability `density`, and
 * some jurors capped below their fair share.
 */
export function requestsOf({ maxJurors, maxApplications }: { maxJurors: number; maxApplications: number }) {
  return fc
    .record({
      jurors: fc.integer({ min: 3, max: maxJurors }),
      applications: fc.integer({ min: 5, max: maxApplications }),
      k: fc.integer({ min: 2, max: 5 }),
      density: fc.constantFrom(0, 0.05, 0.15),
      capped: fc.constantFrom(0, 0.2),
      seed: fc.nat(),
      draw: fc.nat(),
    })
    .map(({ jurors, applications, k, density, capped, seed, draw }): AssignmentRequest => {
      const random = seeded(draw);
      const jurorIds = ids('j', jurors);
      const applicationIds = ids('a', applications);
      const conflicts =
        density === 0
          ? []
          : jurorIds.flatMap((jurorId) =>
              applicationIds.filter(() => random() < density).map((applicationId) => ({ jurorId, applicationId })),
            );
      const fair = Math.ceil((applications * k) / jurors);
      const caps = Object.fromEntries(
        jurorIds.filter(() => random() < capped).map((jurorId) => [jurorId, Math.floor(random() * fair)]),
      );
      return { jurorIds, applicationIds, conflicts, perApplication: Math.min(k, jurors), seed, caps };
    });
}
export const requests = requestsOf({ maxJurors: 40, maxApplications: 200 });
export const capOf = (request: AssignmentRequest, jurorId: string) => request.caps?.[jurorId] ?? Infinity;

export function reviewersOf(request: AssignmentRequest, result: ReturnType<typeof assignReviewers>) {
  return new Map(
    request.applicationIds.map((applicationId) => [
      applicationId,
      result.assignments
        .filter((assignment) => assignment.applicationIds.includes(applicationId))
        .map((assignment) => assignment.jurorId),
    ]),
  );
}

export const REFERENCE: AssignmentRequest = {
  jurorIds: ids('j', 5),
  applicationIds: ids('a', 12),
  conflicts: [{ jurorId: 'j3', applicationId: 'a8' }],
  perApplication: 3,
  seed: 1,
};

/**
 * With no conflicts and no caps: the jurors who review anything form one group whenever the applications offer
 * enough links to join them, and every pair of them shares an application once the applications offer at least
 * twice as many pairs as the jury has.
 */
export function expectMixed(request: AssignmentRequest, result: ReturnType<typeof assignReviewers>) {
  const coverage = coverageOf(result.assignments);
  const reviewing = coverage.loads.filter((load) => load.count > 0).length;
  const k = request.perApplication;
  const applications = request.applicationIds.length;
  if (applications * (k - 1) >= reviewing - 1) expect(coverage.groups).toHaveLength(1);
  const jurors = request.jurorIds.length;
  if (k * (k - 1) * applications >= 2 * jurors * (jurors - 1)) expect(coverage.pairsSharingNone).toBe(0);
}

export const loadsOf = (result: ReturnType<typeof assignReviewers>) =>
  new Map(result.assignments.map((assignment) => [assignment.jurorId, assignment.applicationIds.length]));

/** What every assignment must be, whatever the roster: checked on every generated call. */
export function expectSound(request: AssignmentRequest, result: ReturnType<typeof assignReviewers>) {
  const reviewers = reviewersOf(request, result);
  const loads = loadsOf(result);
  const conflicted = new Set(request.conflicts.map((c) => `${c.jurorId} ${c.applicationId}`));
  for (const [jurorId, load] of loads) expect(load, jurorId).toBeLessThanOrEqual(capOf(request, jurorId));
  for (const [applicationId, jurors] of reviewers) {
    expect(new Set(jurors).size).toBe(jurors.length);
    for (const jurorId of jurors) expect(conflicted.has(`${jurorId} ${applicationId}`)).toBe(false);
    const shortfall = result.shortfalls.find((entry) => entry.applicationId === applicationId);
    expect(shortfall?.jurors).toBe(jurors.length < request.perApplication ? jurors.length : undefined);
    if (jurors.length === request.perApplication) continue;
    // Short of k only when nobody else may take it: every other juror has a conflict with it or is at their cap.
    const couldTake = request.jurorIds.filter(
      (jurorId) =>
        !jurors.includes(jurorId) &&
        !conflicted.has(`${jurorId} ${applicationId}`) &&
        loads.get(jurorId)! < capOf(request, jurorId),
    );
    expect(couldTake, applicationId).toEqual([]);
  }
}
