import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assignReviewers } from '@core/calls/assignments';
import { expectMixed, expectSound, requestsOf } from '../../support/assignments';

describe('assigning at the size of a national call', () => {
  it('holds up to 300 jurors and 10,000 applications', () => {
    fc.assert(
      fc.property(requestsOf({ maxJurors: 300, maxApplications: 10_000 }), (request) => {
        const result = assignReviewers(request);
        expectSound(request, result);
        if (request.conflicts.length === 0) expectMixed(request, result);
      }),
      { numRuns: 6 },
    );
  });
});
