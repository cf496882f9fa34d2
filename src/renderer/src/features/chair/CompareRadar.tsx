import type { BundleManifest } from '@core/documents';
import { criterionMeans, type ComputedResult } from '@core/jury';
import { RadarView } from '@renderer/features/scoring/RadarView';
import { useI18n } from '@renderer/i18n';

/** Two to six applications side by side, each by the panel's mean per criterion. */
export function CompareRadar({
  manifest,
  results,
  ids,
  names,
}: {
  manifest: BundleManifest;
  results: readonly ComputedResult[];
  ids: readonly string[];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const byId = new Map(results.map((result) => [result.applicationId, result]));
  return (
    <RadarView
      criteria={manifest.criteria}
      showScaleMaximum={false}
      title={t('chair.compare')}
      series={ids.map((id) => ({
        id,
        name: names.get(id) ?? id,
        scores: criterionMeans(manifest.criteria, byId.get(id)!),
      }))}
    />
  );
}
