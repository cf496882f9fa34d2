import { useId, type ReactNode } from 'react';
import { labelText, type BundleManifest } from '@core/documents';
import type { ComputedResult, FlagReason } from '@core/jury';
import { useI18n } from '@renderer/i18n';

/** The sentence that says why a flag is set, in the chair's language. */
export function useFlagReason(manifest: Pick<BundleManifest, 'criteria'>) {
  const { t, language, formatNumber } = useI18n();
  return (reason: FlagReason): string => {
    if (reason.flag === 'single-evaluation') return t('flag.singleEvaluationReason');
    if (reason.flag === 'near-cutoff')
      return reason.distance === 0
        ? t('flag.lastPlace', { rank: reason.rank, places: reason.places })
        : t(reason.rank < reason.places ? 'flag.aboveCutoff' : 'flag.belowCutoff', {
            rank: reason.rank,
            places: reason.places,
            count: reason.distance,
          });
    const spread = t('flag.spread', { sd: formatNumber(reason.sdOfZ), count: reason.zScores });
    const criterion = reason.widestCriterion
      ? manifest.criteria.find((candidate) => candidate.id === reason.widestCriterion!.criterionId)
      : undefined;
    return criterion
      ? `${spread} ${t('flag.widest', {
          criterion: labelText(criterion.label, language),
          levels: formatNumber(Math.round(reason.widestCriterion!.spread * 10) / 10),
        })}`
      : spread;
  };
}

/**
 * Each flag as a badge whose reason shows on hover and on keyboard focus, and is read as its description; `children`
 * are other marks of the same kind, shown after them.
 */
export function FlagBadges({
  manifest,
  result,
  children,
}: {
  manifest: BundleManifest;
  result: ComputedResult;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const explain = useFlagReason(manifest);
  return (
    <span className="flags">
      {result.reasons.map((reason) => (
        <span
          key={reason.flag}
          className={`flag flag--${reason.flag}`}
          tabIndex={0}
          aria-describedby={`${id}-${reason.flag}`}
        >
          {t(`flag.${reason.flag}`)}
          <span role="tooltip" id={`${id}-${reason.flag}`} className="flag__reason">
            {explain(reason)}
          </span>
        </span>
      ))}
      {children}
    </span>
  );
}
