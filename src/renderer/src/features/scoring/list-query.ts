import { labelText } from '@core/documents';
import type { ApplicationRow, RowStatus } from './use-call-data';

export type SortKey = 'order' | 'name' | 'status' | 'total';

const STATUS_ORDER: Record<RowStatus, number> = { 'not-started': 0, draft: 1, complete: 2, recused: 3, conflict: 4 };
/** Fields with more distinct values than this are searched, not filtered (a select of 2 000 names helps nobody). */
const MAX_FILTER_VALUES = 40;

export function searchableText(row: ApplicationRow, language: string): string {
  const { application } = row;
  return [
    application.id,
    application.name,
    application.summary ?? '',
    ...Object.values(application.fields ?? {}).map(String),
    ...(application.answers ?? []).flatMap((answer) => [labelText(answer.question, language), answer.answer]),
  ]
    .join('\n')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** The facts worth a filter: text fields with a handful of distinct values, each value listed once, in staff's order. */
export function filterableFieldsOf(
  rows: readonly ApplicationRow[],
  locale: string,
  order: readonly string[] = [],
): { key: string; values: string[] }[] {
  const values = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.application.fields ?? {})) {
      if (typeof value !== 'string') continue;
      values.set(key, (values.get(key) ?? new Set()).add(value));
    }
  }
  const place = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...values]
    .sort(([a], [b]) => place(a) - place(b))
    .filter(([, set]) => set.size > 1 && set.size <= MAX_FILTER_VALUES)
    .map(([key, set]) => ({ key, values: [...set].sort((a, b) => a.localeCompare(b, locale)) }));
}

export interface ListQuery {
  needle: string;
  /** Each application's searchable text, by id; built once a search starts. */
  index: ReadonlyMap<string, string> | null;
  status: RowStatus | 'all';
  fieldFilters: Readonly<Record<string, string>>;
  sort: SortKey;
}

/** The rows a juror's search, filters and sort leave, in that sort. */
export function visibleRows(rows: readonly ApplicationRow[], query: ListQuery, locale: string): ApplicationRow[] {
  const { needle, index, status, fieldFilters, sort } = query;
  const filtered = rows.filter(
    (row) =>
      (needle === '' || (index?.get(row.application.id) ?? '').includes(needle)) &&
      (status === 'all' || row.status === status) &&
      Object.entries(fieldFilters).every(([key, value]) => value === '' || row.application.fields?.[key] === value),
  );
  const collator = new Intl.Collator(locale);
  const compare: Record<SortKey, (a: ApplicationRow, b: ApplicationRow) => number> = {
    // Bundle order puts the juror's own assignments first (docs/DESIGN.md §5).
    order: (a, b) => Number(b.assigned) - Number(a.assigned) || a.position - b.position,
    name: (a, b) => collator.compare(a.application.name, b.application.name),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.position - b.position,
    total: (a, b) => (b.total ?? -1) - (a.total ?? -1) || a.position - b.position,
  };
  return filtered.sort(compare[sort]);
}
