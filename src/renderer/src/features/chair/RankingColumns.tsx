import type { ReactNode } from 'react';
import { useI18n } from '@renderer/i18n';

export type SortKey = 'rank' | 'name' | 'n' | 'sd';

/** Rank and name read best from the top down; counts and spreads from the largest. */
export const SORT_DIRECTION: Record<SortKey, 'ascending' | 'descending'> = {
  rank: 'ascending',
  name: 'ascending',
  n: 'descending',
  sd: 'descending',
};

/** A column the ranking can be sorted by; the sort is shown by an arrow as well as announced by aria-sort. */
export function SortHeader({
  label,
  direction,
  onSort,
}: {
  label: ReactNode;
  direction: 'ascending' | 'descending' | undefined;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="link-button sort-button" onClick={onSort}>
        {label}
        {direction && (
          <span className="sort-mark" aria-hidden="true">
            {direction === 'ascending' ? ' ▲' : ' ▼'}
          </span>
        )}
      </button>
    </th>
  );
}

/** The abbreviated headers written out, for whoever cannot hover a header to read its title. */
export function RankingLegend({ resamples, places }: { resamples: number; places: number | null }) {
  const { t, formatNumber } = useI18n();
  const expansions = [
    [t('chair.n'), t('chair.nLong')],
    [t('chair.sd'), t('chair.sdLong')],
    [t('uncertainty.interval'), t('uncertainty.intervalHint', { resamples: formatNumber(resamples) })],
    ...(places === null ? [] : [[t('uncertainty.selected'), t('uncertainty.selectedHint', { places })]]),
  ];
  return (
    <p className="muted table-legend">
      {expansions.map(([short, long]) => t('chair.abbreviation', { short, long })).join(' · ')}
    </p>
  );
}
