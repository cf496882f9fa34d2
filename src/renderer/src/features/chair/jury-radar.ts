import type { BundleManifest } from '@core/documents';
import { criterionMeans, type ComputedResult, type JurorTotal } from '@core/jury';
import type { RadarSeries } from '@renderer/features/scoring/RadarView';

/** Jurors in roster order, so that a letter or a colour stays with the same juror all meeting. */
export function inRosterOrder<T extends { jurorId: string }>(manifest: BundleManifest, entries: readonly T[]): T[] {
  const order = new Map(manifest.jurors.map((juror, index) => [juror.id, index]));
  return [...entries].sort((a, b) => (order.get(a.jurorId) ?? 0) - (order.get(b.jurorId) ?? 0));
}

/** An application's radar as the desk and the projector draw it: each juror in roster order, then the panel mean. */
export function juryRadarSeries(
  manifest: BundleManifest,
  result: ComputedResult,
  totals: readonly JurorTotal[],
  jurorLabel: (jurorId: string) => string,
  panelMeanLabel: string,
): RadarSeries[] {
  return [
    ...inRosterOrder(
      manifest,
      totals.filter((entry) => entry.applicationId === result.applicationId),
    ).map((entry) => ({ id: entry.jurorId, name: jurorLabel(entry.jurorId), scores: entry.scores })),
    { id: '__mean', name: panelMeanLabel, scores: criterionMeans(manifest.criteria, result) },
  ];
}
