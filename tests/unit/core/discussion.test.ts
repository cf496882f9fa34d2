import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { criterionMeans, rankedValue, type ComputedResult } from '@core/jury/aggregate';
import { discussionQueue } from '@core/jury/discussion';
import { computedResult } from '../../support/fixtures';
import type { FlagReason } from '@core/jury/flags';
import { standingOf, type Sensitivity } from '@core/jury/sensitivity';
import { toXlsx } from '@core/jury/table';

const result = computedResult;

function flagged(applicationId: string, rank: number, reasons: FlagReason[]): ComputedResult {
  return result(applicationId, { rank, reasons, flags: reasons.map((reason) => reason.flag) });
}

const disagreement = (sdOfZ: number): FlagReason => ({
  flag: 'disagreement',
  sdOfZ,
  zScores: 5,
  widestCriterion: null,
});
const nearCutoff = (rank: number, places: number): FlagReason => ({
  flag: 'near-cutoff',
  rank,
  places,
  distance: Math.abs(rank - places),
});

describe('the order in which the chair takes applications up', () => {
  it('takes up those one juror alone scored after the cut-off, by rank, never losing them from both lists', () => {
    const alone: FlagReason = { flag: 'single-evaluation' };
    const results = [
      result('calm', { rank: 1 }),
      flagged('alone-low', 9, [alone]),
      flagged('alone-high', 2, [alone]),
      flagged('alone-at-edge', 4, [nearCutoff(4, 4), alone]),
    ];
    const queue = discussionQueue(results);
    expect(queue.toDiscuss.map((entry) => entry.applicationId)).toEqual(['alone-at-edge', 'alone-high', 'alone-low']);
    expect(queue.rest.map((entry) => entry.applicationId)).toEqual(['calm']);
  });

  it('disagreement first by spread of z-scores, then near the cut-off by distance, then the rest by rank', () => {
    const results = [
      result('calm-top', { rank: 1 }),
      flagged('mild-split', 9, [disagreement(1.2)]),
      flagged('split-at-edge', 5, [disagreement(1.2), nearCutoff(5, 4)]),
      flagged('first-out', 5, [nearCutoff(5, 4)]),
      flagged('last-in', 4, [nearCutoff(4, 4)]),
      flagged('wide-split', 11, [disagreement(2.5)]),
      flagged('two-above', 2, [nearCutoff(2, 4)]),
      flagged('one-above', 3, [nearCutoff(3, 4)]),
      result('unscored', { rank: null, n: 0, sd: null }),
      result('far-below', { rank: 10 }),
      result('calm-second', { rank: 7 }),
    ];
    const queue = discussionQueue(results);
    expect(queue.toDiscuss.map((entry) => entry.applicationId)).toEqual([
      'wide-split',
      // Same spread: the better ranked first.
      'split-at-edge',
      'mild-split',
      'last-in',
      // Same distance (1): by rank.
      'one-above',
      'first-out',
      'two-above',
    ]);
    expect(queue.rest.map((entry) => entry.applicationId)).toEqual(['calm-top', 'calm-second', 'far-below']);
  });

  it('ties of rank go by identifier, so that the order never depends on the input order', () => {
    const results = [flagged('b', 3, [disagreement(1.5)]), flagged('a', 3, [disagreement(1.5)])];
    expect(discussionQueue(results).toDiscuss.map((entry) => entry.applicationId)).toEqual(['a', 'b']);
    expect(discussionQueue([...results].reverse()).toDiscuss.map((entry) => entry.applicationId)).toEqual(['a', 'b']);
    const unranked = [result('y', { rank: null }), result('x', { rank: null }), result('w', { rank: 2 })];
    expect(discussionQueue(unranked).rest.map((entry) => entry.applicationId)).toEqual(['w', 'x', 'y']);
  });
});

describe('one application in the sensitivity analysis', () => {
  const analysis: Sensitivity = {
    capacity: 1,
    base: { sure: ['a'], tied: [], tiedPlaces: 0 },
    outcomes: [
      {
        scenario: { kind: 'method', id: 'median', method: { aggregate: 'median', normalization: 'none' } },
        selected: { sure: ['b'], tied: [], tiedPlaces: 0 },
        entered: ['b'],
        left: ['a'],
        moved: [],
      },
      {
        scenario: {
          kind: 'without-juror',
          id: 'without:ana',
          jurorId: 'ana',
          method: { aggregate: 'mean', normalization: 'none' },
        },
        selected: { sure: [], tied: ['a', 'c'], tiedPlaces: 1 },
        entered: ['c'],
        left: [],
        moved: [{ applicationId: 'a', place: 'tied' }],
      },
    ],
  };
  it('says where it stands and where each scenario that differs puts it', () => {
    const [median, withoutAna] = analysis.outcomes.map((outcome) => outcome.scenario);
    expect(standingOf(analysis, 'a')).toEqual({
      place: 'selected',
      tiedPlaces: 0,
      exceptions: [
        { scenario: median, place: 'out' },
        { scenario: withoutAna, place: 'tied' },
      ],
    });
    expect(standingOf(analysis, 'b')).toEqual({
      place: 'out',
      tiedPlaces: 0,
      exceptions: [{ scenario: median, place: 'selected' }],
    });
    expect(standingOf(analysis, 'c')).toEqual({
      place: 'out',
      tiedPlaces: 0,
      exceptions: [{ scenario: withoutAna, place: 'tied' }],
    });
    const tied = { ...analysis, base: { sure: [], tied: ['a', 'b'], tiedPlaces: 1 } };
    expect(standingOf(tied, 'a')).toMatchObject({ place: 'tied', tiedPlaces: 1 });
  });
});

describe('the figure the ranking shows and sorts by', () => {
  it('follows the method', () => {
    const entry = result('a', { mean: 1, median: 2, trimmedMean: 3, calibrated: 4 });
    expect(rankedValue(entry, { aggregate: 'mean', normalization: 'none' })).toBe(1);
    expect(rankedValue(entry, { aggregate: 'median', normalization: 'none' })).toBe(2);
    expect(rankedValue(entry, { aggregate: 'trimmed-mean', normalization: 'none' })).toBe(3);
    expect(rankedValue(entry, { aggregate: 'median', normalization: 'z-score' })).toBe(4);
    expect(rankedValue(result('b'), { aggregate: 'mean', normalization: 'z-score' })).toBeNull();
  });

  it('gives the panel’s mean per criterion, null where nobody scored it', () => {
    const scale = { min: 0, max: 5, step: 1 };
    const criteria = [
      { id: 'x', label: 'X', weight: 1, scale },
      { id: 'y', label: 'Y', weight: 1, scale },
    ];
    expect(criterionMeans(criteria, { criteria: { x: { mean: 3.5, median: 3, n: 2 } } })).toEqual({ x: 3.5, y: null });
  });
});

describe('the XLSX export, one writer for the app and the command line', () => {
  it('writes the header in bold and neutralizes every text cell, the header included', async () => {
    const bytes = await toXlsx(
      {
        headers: ['Rank', '=cmd'],
        rows: [
          [1, '+33 bénéficiaires'],
          [2, null],
        ],
      },
      'Délibération',
      ExcelJS,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Délibération')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Rank', "'=cmd"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, "'+33 bénéficiaires"]);
    const formulas: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address)),
    );
    expect(formulas).toEqual([]);
  });
});
