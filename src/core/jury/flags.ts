import { round4, type BundleManifest, type Criterion } from '../documents';
import type { JurorTotal } from './aggregate';
import { calibratedLevels, type JurorZScore } from './calibration';
import { sampleSd } from './statistics';

/**
 * The flags that send an application to the "to discuss" list, with the reason each is set (docs/DESIGN.md §3).
 * Leniency is not disagreement: the spread that counts is that of each juror's z-scores, in which a juror who
 * scores everything one level higher than the others places applications exactly where the others do.
 */
export const DISAGREEMENT_MIN_SD_OF_Z = 1;
export const DISAGREEMENT_MIN_Z_SCORES = 3;
/** Ranks within this distance of the number of selected places are near the cut-off. */
export const NEAR_CUTOFF_DISTANCE = 2;

export type FlagName = 'disagreement' | 'near-cutoff' | 'single-evaluation';

export interface DisagreementReason {
  flag: 'disagreement';
  /** Sample sd of the jurors' z-scores on this application. */
  sdOfZ: number;
  zScores: number;
  /** The criterion on which the jurors' calibrated levels are furthest apart, and by how many levels. */
  widestCriterion: { criterionId: string; spread: number } | null;
}

export interface NearCutoffReason {
  flag: 'near-cutoff';
  rank: number;
  /** Places in the `selected` outcomes: the cut-off falls after this rank. */
  places: number;
  distance: number;
}

/**
 * One juror alone scored it: no other view to compare with, no spread, and a rank interval that cannot show how far
 * another juror might differ — its figure looks surer than it is (docs/METHODS.md, "No fake certainty").
 */
export interface SingleEvaluationReason {
  flag: 'single-evaluation';
}

export type FlagReason = DisagreementReason | NearCutoffReason | SingleEvaluationReason;

/** Places in the `selected` outcomes; null unless every one of them has a capacity. */
export function selectedCapacity(manifest: Pick<BundleManifest, 'outcomes'>): number | null {
  const selected = manifest.outcomes.filter((outcome) => outcome.kind === 'selected');
  if (selected.length === 0 || selected.some((outcome) => outcome.capacity === undefined)) return null;
  return selected.reduce((sum, outcome) => sum + (outcome.capacity ?? 0), 0);
}

function widestCriterion(
  applicationId: string,
  jurorIds: readonly string[],
  criteria: readonly Criterion[],
  levelsOf: (criterion: Criterion) => Map<string, Map<string, number>>,
): DisagreementReason['widestCriterion'] {
  let widest: { criterionId: string; spread: number; share: number } | null = null;
  for (const criterion of criteria) {
    const levels = levelsOf(criterion);
    const values = jurorIds
      .map((jurorId) => levels.get(jurorId)?.get(applicationId))
      .filter((value): value is number => value !== undefined);
    if (values.length < 2) continue;
    const spread = Math.max(...values) - Math.min(...values);
    const share = spread / (criterion.scale.max - criterion.scale.min);
    if (widest === null || share > widest.share) widest = { criterionId: criterion.id, spread, share };
  }
  return widest && { criterionId: widest.criterionId, spread: round4(widest.spread) };
}

/**
 * The disagreement flag of every application whose jurors' z-scores are spread by at least one standard deviation,
 * keyed by application.
 */
export function disagreements(
  criteria: readonly Criterion[],
  totals: readonly JurorTotal[],
  zScores: ReadonlyMap<string, readonly JurorZScore[]>,
): Map<string, DisagreementReason> {
  const levelsByCriterion = new Map<string, Map<string, Map<string, number>>>();
  const levelsOf = (criterion: Criterion) => {
    let levels = levelsByCriterion.get(criterion.id);
    if (!levels) {
      levels = calibratedLevels(totals, criterion);
      levelsByCriterion.set(criterion.id, levels);
    }
    return levels;
  };
  const flagged = new Map<string, DisagreementReason>();
  for (const [applicationId, zs] of zScores) {
    if (zs.length < DISAGREEMENT_MIN_Z_SCORES) continue;
    const sdOfZ = sampleSd(zs.map(({ z }) => z))!;
    if (round4(sdOfZ) < DISAGREEMENT_MIN_SD_OF_Z) continue;
    flagged.set(applicationId, {
      flag: 'disagreement',
      sdOfZ: round4(sdOfZ),
      zScores: zs.length,
      widestCriterion: widestCriterion(
        applicationId,
        zs.map(({ jurorId }) => jurorId),
        criteria,
        levelsOf,
      ),
    });
  }
  return flagged;
}

export function singleEvaluation(evaluations: number): SingleEvaluationReason | null {
  return evaluations === 1 ? { flag: 'single-evaluation' } : null;
}

export function nearCutoff(rank: number | null, places: number | null): NearCutoffReason | null {
  if (rank === null || places === null) return null;
  const distance = Math.abs(rank - places);
  return distance <= NEAR_CUTOFF_DISTANCE ? { flag: 'near-cutoff', rank, places, distance } : null;
}
