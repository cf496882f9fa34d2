import type { CallDescription } from './call-description';
import type { Sheet } from './sheet';

/** A conflict as a call description holds it. */
export type Conflict = NonNullable<CallDescription['conflicts']>[number];

/** Why a row of a conflicts spreadsheet was not taken: the row as the spreadsheet numbers it, and what it named. */
export type ConflictRowProblem =
  | { readonly row: number; readonly kind: 'unknown-juror' | 'unknown-application'; readonly value: string }
  | { readonly row: number; readonly kind: 'missing-columns' };

export interface ConflictSheetReading {
  /** Conflicts the sheet adds to those already declared: each pair once. */
  readonly added: Conflict[];
  readonly problems: ConflictRowProblem[];
}

/** Headers staff write for each column, in either language, compared without case or accents. */
const COLUMNS = {
  juror: ['juror', 'jure', 'jury member', 'membre du jury', 'reviewer', 'evaluateur'],
  application: ['application', 'candidature', 'dossier', 'project', 'projet'],
  reason: ['reason', 'raison', 'motif'],
} as const;

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Conflicts of interest from a spreadsheet of juror, application and reason (docs/FORMATS.md §10, "Conflicts from a spreadsheet"): at
 * the scale of a national call staff keep them in a sheet, not one by one. A juror is named by id or name, an
 * application by id or name, both compared without case or accents; a row naming neither is said, never guessed.
 */
export function conflictsFromSheet(
  sheet: Sheet,
  roster: readonly { id: string; name: string }[],
  applications: readonly { id: string; name: string }[],
  declared: readonly Conflict[],
): ConflictSheetReading {
  const column = (names: readonly string[]) => sheet.columns.find((header) => names.includes(plain(header)));
  const jurorColumn = column(COLUMNS.juror);
  const applicationColumn = column(COLUMNS.application);
  const reasonColumn = column(COLUMNS.reason);
  if (!jurorColumn || !applicationColumn) return { added: [], problems: [{ row: 1, kind: 'missing-columns' }] };
  const finder = (entries: readonly { id: string; name: string }[]) => {
    const byKey = new Map<string, string>();
    for (const { id, name } of entries) {
      byKey.set(plain(name), id);
      byKey.set(plain(id), id);
    }
    return (value: string) => byKey.get(plain(value));
  };
  const jurorOf = finder(roster);
  const applicationOf = finder(applications);
  const seen = new Set(declared.map((conflict) => `${conflict.jurorId}\u0000${conflict.applicationId}`));
  const added: Conflict[] = [];
  const problems: ConflictRowProblem[] = [];
  for (const { row, cells } of sheet.rows) {
    const jurorText = String(cells.get(jurorColumn) ?? '').trim();
    const applicationText = String(cells.get(applicationColumn) ?? '').trim();
    if (jurorText === '' && applicationText === '') continue;
    const jurorId = jurorOf(jurorText);
    const applicationId = applicationOf(applicationText);
    if (!jurorId) problems.push({ row, kind: 'unknown-juror', value: jurorText });
    if (!applicationId) problems.push({ row, kind: 'unknown-application', value: applicationText });
    if (!jurorId || !applicationId || seen.has(`${jurorId}\u0000${applicationId}`)) continue;
    seen.add(`${jurorId}\u0000${applicationId}`);
    const reason = reasonColumn ? String(cells.get(reasonColumn) ?? '').trim() : '';
    added.push({ jurorId, applicationId, ...(reason ? { reason } : {}) });
  }
  return { added, problems };
}
