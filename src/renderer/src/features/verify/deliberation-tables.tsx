import type { BundleManifest, Deliberation, ScoreFile } from '@core/documents';
import type { Language } from '@core/errors';
import { deliberationTable, scoresByJurorTable, toCsv, toXlsx, type Table } from '@core/jury';
import type { Bridge } from '@renderer/bridge';
import { useI18n } from '@renderer/i18n';

export type TableFormat = 'csv' | 'csv-fr' | 'xlsx';

const LABEL_KEYS = { csv: 'deliberation.csv', 'csv-fr': 'deliberation.csvFr', xlsx: 'deliberation.xlsx' } as const;

/** A table as the spreadsheet staff asked for, named after the call; false when the save was cancelled. */
export async function saveTable(
  bridge: Bridge,
  table: Table,
  { callId, name, sheet }: { callId: string; name: string; sheet: string },
  format: TableFormat,
): Promise<boolean> {
  if (format === 'xlsx') {
    const { default: ExcelJS } = await import('exceljs');
    const bytes = await toXlsx(table, sheet, ExcelJS);
    return bridge.saveFile(
      `${callId}-${name}.xlsx`,
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
  }
  const csv = toCsv(table, format === 'csv-fr' ? 'excel-fr' : 'rfc4180');
  return bridge.saveFile(
    `${callId}-${name}${format === 'csv-fr' ? '-excel-fr' : ''}.csv`,
    new Blob([csv], { type: 'text/csv' }),
  );
}

/** A deliberation's results and decisions as the spreadsheet staff asked for; false when the save was cancelled. */
export function saveDeliberationTable(
  bridge: Bridge,
  deliberation: Pick<Deliberation, 'results' | 'decisions'>,
  manifest: BundleManifest,
  format: TableFormat,
  language: Language,
): Promise<boolean> {
  const sheet = language === 'fr' ? 'Délibération' : 'Deliberation';
  const table = deliberationTable(deliberation, manifest, language);
  return saveTable(bridge, table, { callId: manifest.call.id, name: 'deliberation', sheet }, format);
}

/** Every juror's scores and internal comments, one row each: the record, never for applicants. */
export function saveScoresByJuror(
  bridge: Bridge,
  scoreFiles: readonly Pick<ScoreFile, 'juror' | 'evaluations'>[],
  manifest: BundleManifest,
  format: TableFormat,
  language: Language,
): Promise<boolean> {
  const sheet = language === 'fr' ? 'Notes par juré' : 'Scores by juror';
  const table = scoresByJurorTable(manifest, scoreFiles, language);
  return saveTable(bridge, table, { callId: manifest.call.id, name: 'scores-by-juror', sheet }, format);
}

/** The record of every juror's scores: internal comments included, so the heading says who it is for. */
export function ScoresByJurorExport({
  onExport,
  title,
}: {
  onExport: (format: TableFormat) => void;
  /** Where the files are not yet a deliberation's: says what the table holds. */
  title?: string;
}) {
  const { t } = useI18n();
  const heading = title ?? t('deliberation.scoresByJuror');
  return (
    <>
      <h4>{heading}</h4>
      <p className="muted">{t('deliberation.scoresByJurorHint')}</p>
      <div className="actions">
        <TableExportButtons what={heading} onExport={onExport} />
      </div>
    </>
  );
}

/** One button per spreadsheet staff may want: plain CSV, the CSV Excel opens in France, and XLSX. */
export function TableExportButtons({
  onExport,
  what,
}: {
  onExport: (format: TableFormat) => void;
  /** Where a desk offers more than one table: said in each button's accessible name. */
  what?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {(['csv', 'csv-fr', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-label={what ? `${t(LABEL_KEYS[format])} — ${what}` : undefined}
          onClick={() => onExport(format)}
        >
          {t(LABEL_KEYS[format])}
        </button>
      ))}
    </>
  );
}
