import { describe, expect, it } from 'vitest';
import { assignReviewers, coverageOf, fairShare } from '@core/calls/assignments';
import { CoReview } from '@core/calls/co-review';
import { ids } from '../../support/assignments';

describe('the fair share of seats', () => {
  it('is the smallest load that, with each cap, covers every seat', () => {
    expect(fairShare([Infinity, Infinity, Infinity], 9)).toBe(3);
    expect(fairShare([Infinity, Infinity, Infinity], 10)).toBe(4);
    expect(fairShare([Infinity, Infinity, 2], 10)).toBe(4);
    expect(fairShare([Infinity, 1, 1], 10)).toBe(8);
    expect(fairShare([5, 5], 0)).toBe(0);
    // Caps that cannot cover the seats: nobody is held back below them.
    expect(fairShare([1, 1], 5)).toBe(5);
  });
});

describe('the juror seated next', () => {
  const anyone = [9, 9, 9, 9];
  /** Four jurors and five applications, application 0 empty, the others seated as `seats` says. */
  function graph(seats: number[][]) {
    const all = [0, 1, 2, 3];
    const co = new CoReview(4, [all, all, all, all, all], [], [9, 9, 9, 9], () => 0.5);
    seats.forEach((jurors, index) => jurors.forEach((juror) => co.add(index + 1, juror)));
    return co;
  }

  it('links a pair not linked yet before anything else, even a busier juror', () => {
    // Jurors 1 and 3 have reviewed with juror 0; juror 2 never has, and is the busiest.
    const co = graph([
      [0, 1],
      [0, 3],
      [2, 3],
      [2, 1],
    ]);
    co.add(0, 0);
    expect(co.load).toEqual([3, 2, 2, 2]);
    expect(co.bestNewcomer(0, [1, 2, 3], anyone)).toBe(2);
  });

  it('then the least loaded', () => {
    // Both share with juror 0; juror 1 has less to read.
    const co = graph([
      [0, 1],
      [0, 3],
      [3, 2],
    ]);
    co.add(0, 0);
    expect(co.bestNewcomer(0, [1, 3], anyone)).toBe(1);
  });

  it('then the one sharing least with those already seated', () => {
    // Equal loads; juror 1 shares two applications with juror 0, juror 3 one.
    const co = graph([
      [0, 1],
      [0, 1],
      [0, 3],
      [3, 2],
    ]);
    co.add(0, 0);
    expect(co.load[1]).toBe(co.load[3]);
    expect(co.bestNewcomer(0, [1, 3], anyone)).toBe(3);
  });

  it('never one at their limit or already seated, and none when nobody may sit', () => {
    const co = graph([
      [0, 1],
      [0, 3],
      [2, 3],
    ]);
    co.add(0, 0);
    expect(co.bestNewcomer(0, [0, 1, 2, 3], [9, 9, 1, 9])).toBe(1);
    expect(co.bestNewcomer(0, [0], anyone)).toBeNull();
  });

  it('counts what each pair shares as seats are taken and given up', () => {
    const co = graph([
      [0, 1],
      [0, 3],
      [2, 3],
    ]);
    expect(co.sharedBy(0, 1)).toBe(1);
    expect(co.sharedBy(1, 0)).toBe(1);
    co.add(0, 0);
    co.add(0, 1);
    expect(co.sharedBy(0, 1)).toBe(2);
    co.remove(0, 1);
    expect(co.sharedBy(0, 1)).toBe(1);
    expect(co.load).toEqual([3, 1, 1, 2]);
  });
});

describe('how well the draw mixes the jury', () => {
  /** The pairs the seats can link at most: each application links k(k − 1)/2 pairs. */
  const request = (jurors: number, applications: number, seed: number) => ({
    jurorIds: ids('j', jurors),
    applicationIds: ids('a', applications),
    conflicts: [],
    perApplication: 3,
    seed,
  });

  it('links all but a handful of the pairs the seats allow, where they cannot link them all', () => {
    for (const seed of [1, 2, 3]) {
      // 40 jurors, 200 applications × 3 seats: 600 pair-links for 780 pairs, so at least 180 apart.
      expect(coverageOf(assignReviewers(request(40, 200, seed)).assignments).pairsSharingNone).toBeLessThanOrEqual(190);
    }
    // 100 jurors, 1,000 applications: 3,000 links for 4,950 pairs, at least 1,950 apart.
    expect(coverageOf(assignReviewers(request(100, 1000, 1)).assignments).pairsSharingNone).toBeLessThanOrEqual(1975);
  });

  it('evens the overlaps out when every pair is linked: no pair shares far more than another', () => {
    const coverage = coverageOf(assignReviewers(request(10, 90, 1)).assignments);
    // 90 × 3 pair-links over 45 pairs: 6 each on average.
    const shared = coverage.pairs.map((pair) => pair.shared);
    expect(Math.min(...shared)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...shared)).toBeLessThanOrEqual(8);
  });
});
