import type { BundleManifest } from '@core/documents';
import { criterionMeans, type ComputedResult, type JurorTotal } from '@core/jury';
import { RadarView } from '@renderer/features/scoring/RadarView';
import { useI18n } from '@renderer/i18n';

/** The application under discussion: each juror over the panel's mean on a radar, where it stands, and its decision. */
export function FocusPanel({
  manifest,
  result,
  totals,
  name,
  jurorLabel,
  standing,
  onDecide,
}: {
  manifest: BundleManifest;
  result: ComputedResult;
  totals: readonly JurorTotal[];
  name: string;
  jurorLabel: (jurorId: string) => string;
  standing: string | null;
  onDecide: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="chair-columns">
      <RadarView
        criteria={manifest.criteria}
        showScaleMaximum={false}
        title={t('chair.radarOf', { name })}
        series={[
          ...totals
            .filter((entry) => entry.applicationId === result.applicationId)
            .map((entry) => ({ id: entry.jurorId, name: jurorLabel(entry.jurorId), scores: entry.scores })),
          { id: '__mean', name: t('chair.panelMean'), scores: criterionMeans(manifest.criteria, result) },
        ]}
      />
      <div className="card">
        <h3>{t('chair.sensitivity')}</h3>
        <p>{standing}</p>
        <button type="button" className="button" onClick={onDecide}>
          {t('deliberation.decide')} — {name}
        </button>
      </div>
    </div>
  );
}

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
