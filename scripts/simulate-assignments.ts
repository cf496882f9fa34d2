/**
 * What the way applications are assigned does to the recommended method: the same juries scored under the
 * assignment Jurydesk drew before (least load, then a fixed juror order: blocks of jurors who share nothing) and
 * under the one it draws now (docs/METHODS.md, "Assignments for calibration").
 */
import { assignReviewers, coverageOf } from '@core/calls/assignments';
import { MODEL, precisionAtK, recommendedName, SHAPES, simulatedJury, type JuryShape } from './simulate';

type Reviewers = number[][];

/** The assignment of the versions before: the least loaded jurors, ties broken by the roster's order. */
export function blockAssignment(shape: JuryShape): Reviewers {
  const load = new Array<number>(shape.jurors).fill(0);
  return Array.from({ length: shape.applications }, () => {
    const chosen = load
      .map((count, juror) => ({ juror, count }))
      .sort((x, y) => x.count - y.count || x.juror - y.juror)
      .slice(0, shape.perApplication)
      .map(({ juror }) => juror);
    for (const juror of chosen) load[juror]!++;
    return chosen;
  });
}

export function mixedAssignment(shape: JuryShape, seed: number): Reviewers {
  const jurorIds = Array.from({ length: shape.jurors }, (_, juror) => `j${juror}`);
  const applicationIds = Array.from({ length: shape.applications }, (_, application) => `a${application}`);
  const { assignments } = assignReviewers({
    jurorIds,
    applicationIds,
    conflicts: [],
    perApplication: shape.perApplication,
    seed,
  });
  const reviewers: Reviewers = applicationIds.map(() => []);
  assignments.forEach(({ applicationIds: assigned }, juror) => {
    for (const id of assigned) reviewers[Number(id.slice(1))]!.push(juror);
  });
  return reviewers;
}

function linkage(shape: JuryShape, reviewers: Reviewers) {
  const coverage = coverageOf(
    Array.from({ length: shape.jurors }, (_, juror) => ({
      jurorId: `j${juror}`,
      applicationIds: reviewers.flatMap((jurors, application) => (jurors.includes(juror) ? [`a${application}`] : [])),
    })),
  );
  return { groups: coverage.groups.length, apart: coverage.pairsSharingNone / coverage.pairsReviewing };
}

/** A function, not a constant: simulate.ts imports this module before its own model is defined. */
export const assignmentShapes = (): JuryShape[] => [
  {
    name: '50 × 12, 3 per application, top 10',
    applications: 50,
    jurors: 12,
    perApplication: 3,
    selected: 10,
    model: MODEL,
    trials: 400,
  },
  {
    name: '200 × 20, 3 per application, top 20',
    applications: 200,
    jurors: 20,
    perApplication: 3,
    selected: 20,
    model: MODEL,
    trials: 200,
  },
  SHAPES.find((shape) => shape.name === '1,000 × 100, 3 per application, top 100')!,
];

interface Side {
  precision: number[];
  groups: number;
  apart: number;
}

/** Trial by trial, the same applications and jurors under both assignments: a paired comparison. */
export function compareAssignments(shape: JuryShape, trials = shape.trials): string {
  const block = blockAssignment(shape);
  const blockLinkage = linkage(shape, block);
  const sides: Record<'block' | 'mixed', Side> = {
    block: { precision: [], ...blockLinkage },
    mixed: { precision: [], groups: 0, apart: 0 },
  };
  for (let trial = 0; trial < trials; trial++) {
    const seed = 4099 * trial + shape.applications;
    const mixed = mixedAssignment(shape, trial + 1);
    const mixedLinkage = linkage(shape, mixed);
    sides.mixed.groups += mixedLinkage.groups / trials;
    sides.mixed.apart += mixedLinkage.apart / trials;
    for (const [side, reviewers] of [
      ['block', block],
      ['mixed', mixed],
    ] as const) {
      const jury = simulatedJury(shape, seed, reviewers);
      sides[side].precision.push(100 * precisionAtK(jury, recommendedName(jury), shape.selected));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const margin = (values: number[]) => {
    const average = mean(values);
    const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / Math.max(1, values.length - 1);
    return 1.96 * Math.sqrt(variance / values.length);
  };
  const difference = sides.mixed.precision.map((value, trial) => value - sides.block.precision[trial]!);
  const cell = (values: number[]) => `${mean(values).toFixed(1)} ± ${margin(values).toFixed(1)}`;
  const linked = (side: Side) => `${side.groups.toFixed(1)}, ${(100 * side.apart).toFixed(0)} %`;
  return `| ${shape.name} (${trials}) | ${cell(sides.block.precision)} | ${linked(sides.block)} | ${cell(sides.mixed.precision)} | ${linked(sides.mixed)} | ${difference.every((value) => value === 0) ? '0.0' : `${mean(difference) >= 0 ? '+' : '−'}${Math.abs(mean(difference)).toFixed(1)} ± ${margin(difference).toFixed(1)}`} |`;
}

export function assignmentTable(trials?: number): string {
  return [
    'The recommended method (the bias model, under partial assignment) on the assignment drawn before this version (least load, then the roster’s order) and on the one drawn now; precision in %, with the groups of jurors sharing nothing and the share of pairs of jurors sharing no application:',
    '',
    '| jury (trials) | before: precision | before: groups, pairs apart | now: precision | now: groups, pairs apart | now − before (paired) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...assignmentShapes().map((shape) => compareAssignments(shape, trials ?? shape.trials)),
  ].join('\n');
}
