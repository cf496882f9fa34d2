import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assignReviewers } from '@core/calls/assignments';
import { expectMixed, expectSound, ids, requestsOf } from '../../support/assignments';

describe('assigning at the size of a national call', () => {
  it('holds up to 300 jurors and 10,000 applications', () => {
    fc.assert(
      fc.property(requestsOf({ maxJurors: 300, maxApplications: 10_000 }), (request) => {
        const result = assignReviewers(request);
        expectSound(request, result);
        // Mixing is promised where nothing constrains the seats: a juror capped at one application can share it
        // with three others at most (5 jurors, k = 4, two capped at 1: not every pair can be linked).
        const unconstrained = request.conflicts.length === 0 && Object.keys(request.caps ?? {}).length === 0;
        if (unconstrained) expectMixed(request, result);
      }),
      { numRuns: 6 },
    );
  });

  it('links every pair of 300 jurors over 10,000 applications × 5, nothing constraining the seats', () => {
    const request = {
      jurorIds: ids('j', 300),
      applicationIds: ids('a', 10_000),
      conflicts: [],
      perApplication: 5,
      seed: 1,
    };
    expectMixed(request, assignReviewers(request));
  });
});
