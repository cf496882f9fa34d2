import type { Sheet, SheetProblem } from '@core/calls';
import { describeFailure } from '@core/errors';
import { DataTable } from '@renderer/components/DataTable';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { ColumnMapping } from './ColumnMapping';
import type { StaffCall } from './use-staff-call';

const PREVIEW_ROWS = 5;

/** The spreadsheet's first rows, as staff see them in their spreadsheet program. */
function SheetPreview({ sheet }: { sheet: Sheet }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll sheet-preview" role="region" tabIndex={0} aria-label={t('staff.preview')}>
      <DataTable
        caption={t('staff.previewCaption', {
          shown: Math.min(PREVIEW_ROWS, sheet.rows.length),
          count: sheet.rows.length,
        })}
        rows={sheet.rows.slice(0, PREVIEW_ROWS)}
        rowKey={(row) => String(row.row)}
        columns={[
          { key: '#', header: t('staff.row'), rowHeader: true, cell: (row) => row.row },
          ...sheet.columns.map((column) => ({
            key: column,
            header: column,
            cell: (row: Sheet['rows'][number]) => {
              const text = String(row.cells.get(column) ?? '');
              return <span title={text}>{text}</span>;
            },
          })),
        ]}
      />
    </div>
  );
}

/** Every problem of the spreadsheet, each on its row and column, in the user's language: the CLI's very sentences. */
export function SheetProblems({ problems }: { problems: readonly SheetProblem[] }) {
  const { t, language } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="card notices" role="alert">
      <h3>{t('staff.problems', { count: problems.length })}</h3>
      <DataTable
        label={t('staff.problems', { count: problems.length })}
        rows={problems}
        rowKey={(problem) => `${problem.row}-${problem.column ?? ''}-${problem.failure.code}`}
        columns={[
          { key: 'row', header: t('staff.row'), rowHeader: true, cell: (problem) => problem.row },
          { key: 'column', header: t('staff.column'), cell: (problem) => problem.column ?? '—' },
          { key: 'problem', header: t('staff.problem'), cell: (problem) => describeFailure(problem.failure, language) },
        ]}
      />
    </div>
  );
}

export function ApplicationsTab({ staff }: { staff: StaffCall }) {
  const { t, language, formatList } = useI18n();
  const { record, sheet, mapped, files, extraFiles } = staff;
  return (
    <div>
      <FileDropZone
        label={t('staff.chooseSheet')}
        hint={record?.sheet ? t('staff.sheetChosen', { name: record.sheet.fileName }) : t('staff.sheetHint')}
        accept=".csv,.xlsx,.txt"
        onFiles={([file]) => file && void staff.chooseSheet(file)}
      />
      {sheet && !sheet.ok && (
        <p className="field-error" role="alert">
          {describeFailure(sheet.error, language)}
        </p>
      )}
      {sheet?.ok && (
        <>
          <SheetPreview sheet={sheet.value} />
          <ColumnMapping staff={staff} columns={sheet.value.columns} />
        </>
      )}
      <h3>{t('staff.folder')}</h3>
      <p className="muted">{t('staff.folderHint')}</p>
      <label className="field-label" htmlFor="staff-folder">
        {t('staff.chooseFolder')}
      </label>
      <input
        id="staff-folder"
        type="file"
        multiple
        // @ts-expect-error webkitdirectory is not in React's types; every browser engine the app runs in knows it.
        webkitdirectory=""
        onChange={(event) => void staff.chooseFolder([...(event.target.files ?? [])])}
      />
      <p className="muted">{t('staff.folderFiles', { count: files.length })}</p>
      {mapped && (
        <>
          <p role="status">
            {t('staff.mapped', {
              what: formatList([
                t('counts.applications', { count: mapped.applications.length }),
                t('counts.attachments', { count: mapped.attachments.length }),
              ]),
            })}
          </p>
          <SheetProblems problems={mapped.problems} />
          {extraFiles.length > 0 && (
            <p className="warning" role="note">
              {t('staff.extraFiles', { files: formatList(extraFiles) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
