// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { retentionPassed } from '@renderer/features/calls/retention';

describe('the retention reminder', () => {
  const now = new Date('2027-07-01T08:00:00Z');
  it('is due once the date given by the bundle has passed, the whole day included', () => {
    expect(retentionPassed('2027-06-30', now)).toBe(true);
    expect(retentionPassed('2027-07-01', now)).toBe(false);
    expect(retentionPassed('2027-07-01T07:00:00Z', now)).toBe(true);
  });
});
