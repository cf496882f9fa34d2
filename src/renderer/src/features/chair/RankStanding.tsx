import { useId } from 'react';
import { tooCloseToCall, type RankUncertainty } from '@core/jury';
import { useI18n } from '@renderer/i18n';
import type { UncertaintyState } from './use-rank-uncertainty';

/** An application's rank interval and probability of selection as the chair's language writes them. */
export function useStandingFigures() {
  const { t, locale } = useI18n();
  // French puts a narrow no-break space before %, where Intl gives a wide one.
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : percentFormat.format(value).replace('\u00a0', '\u202f');
  const interval = (standing: RankUncertainty | undefined) => {
    const range = standing?.interval;
    if (!range) return '—';
    return range.low === range.high ? String(range.low) : `${range.low}–${range.high}`;
  };
  return {
    percent,
    interval,
    /** « Retenue dans 94 % des tirages, rang 2–5 dans 90 % d’entre eux » */
    sentence: (standing: RankUncertainty | undefined) =>
      standing?.interval
        ? [
            ...(standing.selectedProbability === null
              ? []
              : [t('uncertainty.selectedIn', { percent: percent(standing.selectedProbability) })]),
            t('uncertainty.rankIn', { interval: interval(standing) }),
          ].join(', ')
        : null,
    tooCloseReason: (standing: RankUncertainty, places: number) =>
      t('uncertainty.tooCloseReason', {
        percent: percent(standing.selectedProbability),
        interval: interval(standing),
        places,
      }),
  };
}

/**
 * The "too close to call" mark, shown like a flag (its reason on hover and focus): the application's rank interval
 * spans the cut-off, so the room should not argue over the tenth of a point that separates it from its neighbours.
 */
export function TooCloseBadge({ standing, places }: { standing: RankUncertainty | undefined; places: number | null }) {
  const { t } = useI18n();
  const id = useId();
  const figures = useStandingFigures();
  if (!standing || places === null || !tooCloseToCall(standing, places)) return null;
  return (
    <span className="flag flag--too-close" tabIndex={0} aria-describedby={id}>
      {t('uncertainty.tooClose')}
      <span role="tooltip" id={id} className="flag__reason">
        {figures.tooCloseReason(standing, places)}
      </span>
    </span>
  );
}

/** Level with others across the last place (never more names than places): which of them is in is not the ranking's to say. */
export function TiedBadge({
  tie,
  rank,
  places,
  names,
}: {
  tie: { applicationIds: readonly string[]; places: number };
  rank: number;
  places: number;
  names: readonly string[];
}) {
  const { t, formatList } = useI18n();
  const id = useId();
  return (
    <span className="flag flag--too-close" tabIndex={0} aria-describedby={id}>
      {t('uncertainty.tied', { count: tie.places })}
      <span role="tooltip" id={id} className="flag__reason">
        {t('uncertainty.tiedReason', { names: formatList([...names]), rank, count: tie.places, places })}
      </span>
    </span>
  );
}

/** The resamples' progress while the worker draws them, or why there are no intervals; nothing once they are in. */
export function UncertaintyProgress({ state }: { state: UncertaintyState }) {
  const { t, formatNumber } = useI18n();
  if (state.status === 'failed')
    return (
      <p className="muted" role="status">
        {t('uncertainty.failed')}
      </p>
    );
  if (state.status !== 'drawing') return null;
  const label = t('uncertainty.drawing', { done: formatNumber(state.done), of: formatNumber(state.of) });
  return (
    <p className="uncertainty-progress">
      <progress max={state.of} value={state.done} aria-label={label} />
      <span aria-hidden="true">{label}</span>
    </p>
  );
}
