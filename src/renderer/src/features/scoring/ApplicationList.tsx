import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { type BundleManifest, factOrder, fieldLabelText } from '@core/documents';
import { useI18n } from '@renderer/i18n';
import { filterableFieldsOf, fold, searchableText, visibleRows, type SortKey } from './list-query';
import { progressOf, type ApplicationRow, type RowStatus } from './use-call-data';

const STATUSES: RowStatus[] = ['not-started', 'draft', 'complete', 'recused', 'conflict'];
const ROW_HEIGHT = 76;
const MAX_COMPARED = 6;

export function StatusBadge({ status }: { status: RowStatus }) {
  const { t } = useI18n();
  return <span className={`status-badge status-badge--${status}`}>{t(`status.${status}`)}</span>;
}

export function ApplicationList({
  rows,
  manifest,
  onOpen,
  onCompare,
}: {
  rows: ApplicationRow[];
  manifest: BundleManifest;
  onOpen: (applicationId: string) => void;
  onCompare: (applicationIds: string[]) => void;
}) {
  const { t, language, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<RowStatus | 'all'>('all');
  const [fieldFilters, setFieldFilters] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<SortKey>('order');
  const [selected, setSelected] = useState<string[]>([]);
  const scroller = useRef<HTMLDivElement>(null);

  // Built on the first search only: mounting a list of 20 000 applications must not pay for it.
  const needle = fold(query);
  const searching = needle !== '';
  const index = useMemo(
    () => (searching ? new Map(rows.map((row) => [row.application.id, searchableText(row, language)])) : null),
    [rows, language, searching],
  );
  const facts = useMemo(() => factOrder(manifest), [manifest]);
  const filterableFields = useMemo(() => filterableFieldsOf(rows, locale, facts), [rows, locale, facts]);

  const visible = useMemo(
    () => visibleRows(rows, { needle, index, status, fieldFilters, sort }, locale),
    [rows, index, needle, status, fieldFilters, sort, locale],
  );

  // TanStack Virtual returns functions the React Compiler cannot memoize; this component is not compiled, by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const progress = progressOf(rows);
  const toggle = (id: string) =>
    setSelected((current) =>
      current.includes(id)
        ? current.filter((other) => other !== id)
        : current.length < MAX_COMPARED
          ? [...current, id]
          : current,
    );

  return (
    <section aria-labelledby="list-title" className="application-list-section">
      <div className="list-head">
        <h3 id="list-title">{t('list.label')}</h3>
        <p className="progress-text" aria-live="polite">
          <strong>{t('list.progress', { done: progress.done, total: progress.total })}</strong>
        </p>
        <progress
          className="progress-bar"
          max={Math.max(progress.total, 1)}
          value={progress.done}
          aria-label={t('list.progress', { done: progress.done, total: progress.total })}
        />
      </div>
      <ListFilters
        manifest={manifest}
        query={query}
        onQuery={setQuery}
        status={status}
        onStatus={setStatus}
        fields={filterableFields}
        fieldFilters={fieldFilters}
        onFieldFilters={setFieldFilters}
        sort={sort}
        onSort={setSort}
      />
      <div className="compare-bar">
        <span className="muted">
          {t('list.shown', { count: visible.length })} · {t('list.compareHint')}
        </span>
        <button type="button" className="button" disabled={selected.length < 2} onClick={() => onCompare(selected)}>
          {t('list.compare', { count: selected.length })}
        </button>
      </div>
      {visible.length === 0 && <p className="empty">{t('list.empty')}</p>}
      <div ref={scroller} className="virtual-list" role="list" aria-label={t('list.label')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = visible[item.index]!;
            return (
              <ListRow
                key={row.application.id}
                row={row}
                callId={manifest.call.id}
                facts={facts}
                top={item.start}
                selected={selected}
                onToggle={toggle}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** One application in the list: tick it to compare, open it, and see its facts, total and state at a glance. */
function ListRow({
  row,
  callId,
  facts,
  top,
  selected,
  onToggle,
  onOpen,
}: {
  row: ApplicationRow;
  callId: string;
  /** The fact keys in staff's order: the first two texts among them name the row. */
  facts: readonly string[];
  top: number;
  selected: readonly string[];
  onToggle: (applicationId: string) => void;
  onOpen: (applicationId: string) => void;
}) {
  const { t, formatDecimal } = useI18n();
  const { application } = row;
  return (
    <div
      role="listitem"
      className={`list-row${row.assigned ? '' : ' list-row--unassigned'}`}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${top}px)`,
      }}
    >
      <input
        type="checkbox"
        className="list-row__select"
        checked={selected.includes(application.id)}
        disabled={!selected.includes(application.id) && selected.length >= MAX_COMPARED}
        onChange={() => onToggle(application.id)}
        aria-label={t('list.select', { name: application.name })}
      />
      <a
        href={`#/call/${encodeURIComponent(callId)}/application/${encodeURIComponent(application.id)}`}
        className="list-row__link"
        onClick={(event) => {
          event.preventDefault();
          onOpen(application.id);
        }}
      >
        <span className="list-row__name">{application.name}</span>
        <span className="list-row__meta muted">
          {application.id}
          {facts
            .map((key) => application.fields?.[key])
            .filter((value) => typeof value === 'string')
            .slice(0, 2)
            .map((value) => ` · ${value}`)}
          {!row.assigned && ` · ${t('list.notAssigned')}`}
        </span>
      </a>
      <span className="list-row__total">
        {row.total !== null ? t('list.total', { total: formatDecimal(row.total, 1) }) : ''}
      </span>
      <StatusBadge status={row.status} />
    </div>
  );
}

/** Search, the state filter, a filter per fact with few values, and the sort. */
function ListFilters({
  manifest,
  query,
  onQuery,
  status,
  onStatus,
  fields,
  fieldFilters,
  onFieldFilters,
  sort,
  onSort,
}: {
  manifest: BundleManifest;
  query: string;
  onQuery: (query: string) => void;
  status: RowStatus | 'all';
  onStatus: (status: RowStatus | 'all') => void;
  fields: readonly { key: string; values: string[] }[];
  fieldFilters: Readonly<Record<string, string>>;
  onFieldFilters: (filters: Record<string, string>) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
}) {
  const { t, language } = useI18n();
  const ids = { search: useId(), status: useId(), sort: useId() };
  return (
    <div className="filters">
      <div className="filter">
        <label htmlFor={ids.search}>{t('list.search')}</label>
        <input
          id={ids.search}
          type="search"
          className="text-input"
          placeholder={t('list.searchPlaceholder')}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor={ids.status}>{t('list.status')}</label>
        <select id={ids.status} value={status} onChange={(event) => onStatus(event.target.value as RowStatus | 'all')}>
          <option value="all">{t('list.all')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {fields.map(({ key, values }) => (
        <div className="filter" key={key}>
          <label htmlFor={`${ids.status}-${key}`}>{fieldLabelText(manifest, key, language)}</label>
          <select
            id={`${ids.status}-${key}`}
            value={fieldFilters[key] ?? ''}
            onChange={(event) => onFieldFilters({ ...fieldFilters, [key]: event.target.value })}
          >
            <option value="">{t('list.all')}</option>
            {values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filter">
        <label htmlFor={ids.sort}>{t('list.sort')}</label>
        <select id={ids.sort} value={sort} onChange={(event) => onSort(event.target.value as SortKey)}>
          <option value="order">{t('list.sortOrder')}</option>
          <option value="name">{t('list.sortName')}</option>
          <option value="status">{t('list.sortStatus')}</option>
          <option value="total">{t('list.sortTotal')}</option>
        </select>
      </div>
    </div>
  );
}
