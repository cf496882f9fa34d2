import type { Criterion } from '../documents';
import type { JurorTotal } from './aggregate';
import { mean, sampleSd } from './statistics';

/** Jurors with fewer complete evaluations than this are not calibrated (docs/DESIGN.md §3). */
export const MIN_EVALUATIONS_FOR_CALIBRATION = 3;

export interface JurorZScore {
  jurorId: string;
  z: number;
}

function statsByJuror<T>(
  items: readonly T[],
  jurorOf: (item: T) => string,
  valueOf: (item: T) => number | null,
): Map<string, { mean: number; sd: number }> {
  const values = new Map<string, number[]>();
  for (const item of items) {
    const value = valueOf(item);
    if (value === null) continue;
    const list = values.get(jurorOf(item));
    if (list) list.push(value);
    else values.set(jurorOf(item), [value]);
  }
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const [jurorId, list] of values)
    if (list.length >= MIN_EVALUATIONS_FOR_CALIBRATION) stats.set(jurorId, { mean: mean(list)!, sd: sampleSd(list)! });
  return stats;
}

/**
 * Each calibrated juror's z-score on each application they scored: z = (S − mean_j) / sd_j, 0 when sd_j = 0
 * (docs/DESIGN.md §3). A juror's leniency or severity is gone from z; what is left is where they place an
 * application among the ones they saw.
 */
export function zScoresByApplication(totals: readonly JurorTotal[]): Map<string, JurorZScore[]> {
  const jurorStats = statsByJuror(
    totals,
    (entry) => entry.jurorId,
    (entry) => entry.total,
  );
  const byApplication = new Map<string, JurorZScore[]>();
  for (const { jurorId, applicationId, total } of totals) {
    const stats = jurorStats.get(jurorId);
    if (!stats) continue;
    const entry = { jurorId, z: stats.sd === 0 ? 0 : (total - stats.mean) / stats.sd };
    const list = byApplication.get(applicationId);
    if (list) list.push(entry);
    else byApplication.set(applicationId, [entry]);
  }
  return byApplication;
}

/**
 * z-score calibration (docs/DESIGN.md §3): an application's calibrated score is μ + σ · mean(z), μ and σ the mean
 * and sample sd of all totals.
 */
export function calibratedScores(totals: readonly JurorTotal[]): Map<string, number> {
  const all = totals.map(({ total }) => total);
  const mu = mean(all);
  const sigma = sampleSd(all);
  const calibrated = new Map<string, number>();
  if (mu === null || sigma === null) return calibrated;
  for (const [applicationId, zs] of zScoresByApplication(totals))
    calibrated.set(applicationId, mu + sigma * mean(zs.map(({ z }) => z))!);
  return calibrated;
}

/**
 * Each calibrated juror's level on one criterion minus their own mean level on it: what remains of a juror's view
 * of an application on that criterion once their habit of scoring high or low is taken out. Keyed by juror, then
 * application.
 */
export function calibratedLevels(
  totals: readonly JurorTotal[],
  criterion: Criterion,
): Map<string, Map<string, number>> {
  const level = (entry: JurorTotal) => {
    const score = entry.scores[criterion.id];
    return typeof score === 'number' ? score : null;
  };
  const stats = statsByJuror(totals, (entry) => entry.jurorId, level);
  const levels = new Map<string, Map<string, number>>();
  for (const entry of totals) {
    const score = level(entry);
    const jurorMean = stats.get(entry.jurorId)?.mean;
    if (score === null || jurorMean === undefined) continue;
    const mine = levels.get(entry.jurorId) ?? new Map<string, number>();
    mine.set(entry.applicationId, score - jurorMean);
    levels.set(entry.jurorId, mine);
  }
  return levels;
}
