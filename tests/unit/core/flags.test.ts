import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '@core/documents/formats/bundle';
import type { ScoreFile } from '@core/documents/formats/scores';
import { computeResults, type ComputedResult } from '@core/jury/aggregate';
import { discussionQueue } from '@core/jury/discussion';
import { nearCutoff, selectedCapacity } from '@core/jury/flags';
import { parsedScoreFile, parsedManifest } from '../../support/fixtures';

const CRITERIA = ['innovation', 'team', 'market', 'impact'] as const;
const APPLICATIONS = Array.from({ length: 12 }, (_, index) => `app-${String(index + 1).padStart(2, '0')}`);

function manifest(places: number | null = 5): BundleManifest {
  return parsedManifest({
    criteria: CRITERIA.map((id) => ({ id, label: id, weight: 1, scale: { min: 1, max: 5, step: 1 } })),
    jurors: [],
    outcomes: [
      { id: 'in', label: 'In', kind: 'selected', ...(places === null ? {} : { capacity: places }) },
      { id: 'out', label: 'Out', kind: 'rejected' },
    ],
    applications: APPLICATIONS.map((id) => ({ id, name: id })),
  });
}

/** What a neutral juror gives each application on each criterion: a real spread of quality, 2 to 4. */
function baseLevels(applicationIndex: number): number[] {
  return CRITERIA.map((_, criterionIndex) => 2 + ((applicationIndex + criterionIndex) % 3));
}

function juror(jurorId: string, levelsFor: (applicationIndex: number) => number[]): ScoreFile {
  return parsedScoreFile(
    jurorId,
    APPLICATIONS.map((applicationId, index) => ({
      applicationId,
      status: 'complete',
      scores: Object.fromEntries(CRITERIA.map((criterion, at) => [criterion, levelsFor(index)[at]!])),
      updatedAt: '2026-11-02T00:00:00Z',
    })),
  );
}

const shifted = (by: number) => (index: number) => baseLevels(index).map((level) => level + by);

/** One harsh juror (a level below on everything), one lenient one (a level above), three who agree. */
function leniencyOnlyJury(): ScoreFile[] {
  return [
    juror('ana', shifted(0)),
    juror('bruno-harsh', shifted(-1)),
    juror('chloe-lenient', shifted(1)),
    juror('david', shifted(0)),
    juror('eve', shifted(0)),
  ];
}

const CONTENTIOUS = 6;
/** The same jury, except that on one application they split 5 / 1 / 5 / 1 / 3 on every criterion. */
function juryWithOneContentious(): ScoreFile[] {
  const split = [5, 1, 5, 1, 3];
  return leniencyOnlyJury().map((file, jurorIndex) => ({
    ...file,
    evaluations: file.evaluations.map((evaluation, index) =>
      index === CONTENTIOUS
        ? {
            ...evaluation,
            scores: Object.fromEntries(
              CRITERIA.map((criterion) => [criterion, criterion === 'team' ? 3 : split[jurorIndex]!]),
            ),
          }
        : evaluation,
    ),
  }));
}

const MEAN = { method: { aggregate: 'mean', normalization: 'none' } } as const;
const withFlag = (results: readonly ComputedResult[], flag: string) =>
  results.filter((result) => result.flags.includes(flag)).map((result) => result.applicationId);

describe('the disagreement flag: leniency is not disagreement', () => {
  it('a harsh and a lenient juror, a level apart on every application, flag nothing', () => {
    const results = computeResults(manifest(), leniencyOnlyJury(), MEAN);
    // Their totals differ by 25 points on every application: the old rule (sd ≥ 15) flagged all twelve.
    expect(results.every((result) => result.sd! > 15)).toBe(true);
    expect(withFlag(results, 'disagreement')).toEqual([]);
  });

  it('one application scored 5 / 1 / 5 / 1 / 3 amid agreement is flagged, with the spread of z and its criterion', () => {
    const results = computeResults(manifest(), juryWithOneContentious(), MEAN);
    expect(withFlag(results, 'disagreement')).toEqual([APPLICATIONS[CONTENTIOUS]]);
    const contentious = results[CONTENTIOUS]!;
    const reason = contentious.reasons.find((entry) => entry.flag === 'disagreement');
    expect(reason).toMatchObject({ flag: 'disagreement', zScores: 5 });
    expect(reason && reason.flag === 'disagreement' && reason.sdOfZ).toBeGreaterThanOrEqual(1);
    // "team" was scored 3 by everyone; the other three split by 4 levels, less each juror's own mean level.
    expect(reason && reason.flag === 'disagreement' && reason.widestCriterion?.criterionId).not.toBe('team');
    expect(reason && reason.flag === 'disagreement' && reason.widestCriterion!.spread).toBeGreaterThan(3);
    for (const other of results.filter((_, index) => index !== CONTENTIOUS))
      expect(other.flags).not.toContain('disagreement');
  });

  it('needs three z-scores: two jurors who disagree entirely are not enough to measure a spread', () => {
    const two = juryWithOneContentious().slice(0, 2);
    expect(withFlag(computeResults(manifest(), two, MEAN), 'disagreement')).toEqual([]);
    const three = juryWithOneContentious().slice(0, 3);
    expect(withFlag(computeResults(manifest(), three, MEAN), 'disagreement')).toEqual([APPLICATIONS[CONTENTIOUS]]);
  });

  it('is the same under every method: it is measured on z-scores, not on the ranked figure', () => {
    for (const method of [
      { aggregate: 'median', normalization: 'none' },
      { aggregate: 'trimmed-mean', normalization: 'none' },
      { aggregate: 'mean', normalization: 'z-score' },
    ] as const)
      expect(withFlag(computeResults(manifest(), juryWithOneContentious(), { method }), 'disagreement')).toEqual([
        APPLICATIONS[CONTENTIOUS],
      ]);
  });

  it('leaves out jurors with fewer than three complete evaluations, whose z-scores mean nothing', () => {
    const files = juryWithOneContentious().map((file, index) =>
      index < 3 ? { ...file, evaluations: file.evaluations.filter((_, at) => at === CONTENTIOUS || at === 0) } : file,
    );
    const [contentious] = computeResults(manifest(), files, MEAN).filter(
      (result) => result.applicationId === APPLICATIONS[CONTENTIOUS],
    );
    expect(contentious!.flags).not.toContain('disagreement');
  });
});

describe('the near-cutoff flag', () => {
  it('marks ranks within two of the number of selected places, with the places and the distance', () => {
    const results = computeResults(manifest(5), leniencyOnlyJury(), MEAN);
    for (const result of results) {
      const near = result.rank !== null && Math.abs(result.rank - 5) <= 2;
      expect(result.flags.includes('near-cutoff')).toBe(near);
    }
    const reason = results.flatMap((result) => result.reasons).find((entry) => entry.flag === 'near-cutoff');
    expect(reason).toMatchObject({ flag: 'near-cutoff', places: 5 });
  });

  it('is absent when a selected outcome has no capacity: there is no cut-off to be near', () => {
    expect(selectedCapacity(manifest(null))).toBeNull();
    expect(withFlag(computeResults(manifest(null), leniencyOnlyJury(), MEAN), 'near-cutoff')).toEqual([]);
  });

  it('counts the places of every selected outcome and none of the others', () => {
    expect(
      selectedCapacity({
        outcomes: [
          { id: 'a', label: 'A', kind: 'selected', capacity: 3 },
          { id: 'b', label: 'B', kind: 'selected', capacity: 2 },
          { id: 'w', label: 'W', kind: 'waitlist', capacity: 4 },
          { id: 'r', label: 'R', kind: 'rejected' },
        ],
      }),
    ).toBe(5);
    expect(selectedCapacity({ outcomes: [{ id: 'r', label: 'R', kind: 'rejected' }] })).toBeNull();
  });

  it('stops at exactly two places from the cut-off', () => {
    expect(nearCutoff(3, 5)).toEqual({ flag: 'near-cutoff', rank: 3, places: 5, distance: 2 });
    expect(nearCutoff(7, 5)).toEqual({ flag: 'near-cutoff', rank: 7, places: 5, distance: 2 });
    expect(nearCutoff(5, 5)).toEqual({ flag: 'near-cutoff', rank: 5, places: 5, distance: 0 });
    expect(nearCutoff(2, 5)).toBeNull();
    expect(nearCutoff(8, 5)).toBeNull();
    expect(nearCutoff(null, 5)).toBeNull();
    expect(nearCutoff(5, null)).toBeNull();
  });
});

describe('the "to discuss" queue of a realistic jury', () => {
  it('takes up the contentious application first, then the ranks around the cut-off', () => {
    const results = computeResults(manifest(5), juryWithOneContentious(), MEAN);
    const { toDiscuss, rest } = discussionQueue(results);
    expect(toDiscuss[0]!.applicationId).toBe(APPLICATIONS[CONTENTIOUS]);
    const distances = toDiscuss.slice(1).map((result) => Math.abs(result.rank! - 5));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(toDiscuss.length + rest.length).toBe(12);
    expect(rest.every((result) => result.flags.length === 0)).toBe(true);
  });
});
