import { memo, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  type ComparablePart,
  DEFAULT_RESAMPLES,
  rankedValue,
  tiedAtCutoff,
  type ComputedResult,
  type Method,
  type RankUncertainty,
} from '@core/jury';
import { type BundleManifest, labelText } from '@core/documents';
import { useVirtualWindow } from '@renderer/components/use-virtual-window';
import { useI18n } from '@renderer/i18n';
import { FlagBadges } from './FlagBadges';
import { useRankedFigure } from './method-label';
import { MethodNote, RankingFilters } from './RankingMethod';
import { RankingLegend, SORT_DIRECTION, SortHeader, type SortKey } from './RankingColumns';
import { TiedBadge, TooCloseBadge, UncertaintyProgress, useStandingFigures } from './RankStanding';
import type { UncertaintyState } from './use-rank-uncertainty';

const RANKING_ROW_HEIGHT = 41;

/**
 * The ranking's rows, only those in view and a few around them: a national call ranks thousands of applications,
 * and laying out every row made each keystroke in the filter wait. Spacer rows keep the scroll height true.
 */
function RankingRows({
  rows,
  scroller,
  render,
}: {
  rows: ComputedResult[];
  scroller: RefObject<HTMLDivElement | null>;
  /** One row; `measure` goes on its <tr> so that rows whose names wrap keep the scroll height true. */
  render: (
    result: ComputedResult,
    measure: { ref: (row: HTMLTableRowElement | null) => void; 'data-index': number },
  ) => ReactNode;
}) {
  const { virtualizer, shown, before, after } = useVirtualWindow(rows.length, scroller, {
    rowHeight: RANKING_ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <tbody>
      {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
      {shown.map((item) => render(rows[item.index]!, { ref: virtualizer.measureElement, 'data-index': item.index }))}
      {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
    </tbody>
  );
}

/**
 * The ranking, with its method, its filter and its sort. The filter and the sort are kept here, not on the chair's
 * page: a keystroke in the filter then draws the ranking again, not the jury panel, the radars and the deliberation.
 */
export const RankingCard = memo(function RankingCard({
  manifest,
  results,
  names,
  method,
  onMethod,
  recommendation,
  uncertainty,
  places,
  ticked,
  onTicked,
  focusedId,
  onFocus,
}: {
  manifest: BundleManifest;
  results: readonly ComputedResult[];
  names: ReadonlyMap<string, string>;
  method: Method;
  onMethod: (method: Method) => void;
  /** Whether the chair chose the method, and the groups of jurors the bias model cannot compare. */
  recommendation: { chosen: boolean; parts: readonly ComparablePart[]; jurorLabel: (jurorId: string) => string };
  uncertainty: UncertaintyState;
  places: number | null;
  ticked: readonly string[];
  onTicked: (ticked: string[]) => void;
  focusedId: string | undefined;
  onFocus: (applicationId: string) => void;
}) {
  const { t, language, formatNumber } = useI18n();
  const figure = useRankedFigure(method);
  const standings = uncertainty.status === 'ready' ? uncertainty.uncertainty : null;
  const tie = useMemo(() => tiedAtCutoff(results, places), [results, places]);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey>('rank');
  const scroller = useRef<HTMLDivElement>(null);
  const rows = results
    .filter((result) => (names.get(result.applicationId) ?? '').toLowerCase().includes(filter.toLowerCase()))
    .sort((a, b) => {
      switch (sort) {
        case 'name':
          return (names.get(a.applicationId) ?? '').localeCompare(names.get(b.applicationId) ?? '', language);
        case 'n':
          return b.n - a.n;
        case 'sd':
          return (b.sd ?? -1) - (a.sd ?? -1);
        default:
          return (a.rank ?? Infinity) - (b.rank ?? Infinity);
      }
    });

  const header = (key: SortKey, label: ReactNode) => (
    <SortHeader label={label} direction={sort === key ? SORT_DIRECTION[key] : undefined} onSort={() => setSort(key)} />
  );
  const abbreviation = (short: string, long: string) => <abbr title={long}>{short}</abbr>;

  return (
    <div className="card">
      <h3>{t('chair.ranking')}</h3>
      <RankingFilters method={method} onMethod={onMethod} filter={filter} onFilter={setFilter} />
      <MethodNote method={method} {...recommendation} />
      <UncertaintyProgress state={uncertainty} />
      <div
        ref={scroller}
        className="table-scroll ranking-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('chair.ranking')}
      >
        <table className="data-table ranking">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('chair.select', { name: '' })}</span>
              </th>
              {header('rank', t('chair.rank'))}
              {header('name', t('chair.application'))}
              <th scope="col">{figure.label}</th>
              {header('n', abbreviation(t('chair.n'), t('chair.nLong')))}
              <th scope="col">{t('chair.mean')}</th>
              <th scope="col">{t('chair.median')}</th>
              {header('sd', abbreviation(t('chair.sd'), t('chair.sdLong')))}
              <th scope="col">
                <abbr
                  title={t('uncertainty.intervalHint', {
                    resamples: formatNumber(standings?.settings.resamples ?? DEFAULT_RESAMPLES),
                  })}
                >
                  {t('uncertainty.interval')}
                </abbr>
              </th>
              {places !== null && (
                <th scope="col">
                  <abbr title={t('uncertainty.selectedHint', { places })}>{t('uncertainty.selected')}</abbr>
                </th>
              )}
              {manifest.criteria.map((criterion) => (
                <th key={criterion.id} scope="col" className="ranking__criterion">
                  {labelText(criterion.label, language)}
                </th>
              ))}
              <th scope="col">{t('chair.flags')}</th>
            </tr>
          </thead>
          <RankingRows
            rows={rows}
            scroller={scroller}
            render={(result, measure) => (
              <RankingRow
                key={result.applicationId}
                result={result}
                measure={measure}
                manifest={manifest}
                name={names.get(result.applicationId) ?? result.applicationId}
                value={rankedValue(result, method)}
                standing={standings?.byApplication.get(result.applicationId)}
                places={places}
                tie={tie?.applicationIds.includes(result.applicationId) ? tie : null}
                tiedNames={tie?.applicationIds.map((id) => names.get(id) ?? id) ?? []}
                focused={result.applicationId === focusedId}
                ticked={ticked}
                onTicked={onTicked}
                onFocus={onFocus}
              />
            )}
          />
        </table>
      </div>
      <RankingLegend resamples={standings?.settings.resamples ?? DEFAULT_RESAMPLES} places={places} />
    </div>
  );
});

/** One application's row: tick it for the radar, focus it, and read its figures. */
function RankingRow({
  result,
  measure,
  manifest,
  name,
  value,
  standing,
  places,
  tie,
  tiedNames,
  focused,
  ticked,
  onTicked,
  onFocus,
}: {
  result: ComputedResult;
  measure: { ref: (row: HTMLTableRowElement | null) => void; 'data-index': number };
  manifest: BundleManifest;
  name: string;
  value: number | null;
  standing: RankUncertainty | undefined;
  places: number | null;
  /** The tie at the cut-off this application is in, if it is in one. */
  tie: { applicationIds: readonly string[]; places: number } | null;
  tiedNames: readonly string[];
  focused: boolean;
  ticked: readonly string[];
  onTicked: (ticked: string[]) => void;
  onFocus: (applicationId: string) => void;
}) {
  const { t, formatDecimal } = useI18n();
  const figures = useStandingFigures();
  return (
    <tr {...measure} className={focused ? 'row--focused' : ''} data-application={result.applicationId}>
      <td>
        <input
          type="checkbox"
          checked={ticked.includes(result.applicationId)}
          onChange={() =>
            onTicked(
              ticked.includes(result.applicationId)
                ? ticked.filter((id) => id !== result.applicationId)
                : [...ticked, result.applicationId].slice(-6),
            )
          }
          aria-label={t('chair.select', { name })}
        />
      </td>
      <td>{result.rank ?? '—'}</td>
      <th scope="row">
        <button
          type="button"
          className="link-button"
          aria-current={focused ? 'true' : undefined}
          onClick={() => onFocus(result.applicationId)}
        >
          {/* Shown in the radar: a mark and bold type, not only the row's tint. */}
          {focused && (
            <span className="shown-mark" aria-hidden="true">
              ▶{' '}
            </span>
          )}
          {name}
        </button>
        {focused && <span className="visually-hidden"> ({t('chair.shown')})</span>}
      </th>
      <td className="number">{formatDecimal(value, 2)}</td>
      <td className="number">{result.n}</td>
      <td className="number">{formatDecimal(result.mean, 2)}</td>
      <td className="number">{formatDecimal(result.median, 2)}</td>
      <td className="number">{formatDecimal(result.sd, 2)}</td>
      <td className="number">{figures.interval(standing)}</td>
      {places !== null && <td className="number">{figures.percent(standing?.selectedProbability)}</td>}
      {manifest.criteria.map((criterion) => (
        <td key={criterion.id} className="number">
          {formatDecimal(result.criteria[criterion.id]?.mean, 2)}
        </td>
      ))}
      <td>
        <FlagBadges manifest={manifest} result={result}>
          {tie && places !== null && result.rank !== null && (
            <TiedBadge tie={tie} rank={result.rank} places={places} names={tiedNames} />
          )}
          <TooCloseBadge standing={standing} places={places} />
        </FlagBadges>
      </td>
    </tr>
  );
}
