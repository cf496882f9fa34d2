import type { BundleManifest, Deliberation } from '@core/documents';
import type { Language } from '@core/errors';
import { deliberationTable, toCsv, toXlsx } from '@core/jury';
import type { Bridge } from '@renderer/bridge';
import { useI18n } from '@renderer/i18n';

export type TableFormat = 'csv' | 'csv-fr' | 'xlsx';

const LABEL_KEYS = { csv: 'deliberation.csv', 'csv-fr': 'deliberation.csvFr', xlsx: 'deliberation.xlsx' } as const;

/** A deliberation's results and decisions as the spreadsheet staff asked for; false when the save was cancelled. */
export async function saveDeliberationTable(
  bridge: Bridge,
  deliberation: Pick<Deliberation, 'results' | 'decisions'>,
  manifest: BundleManifest,
  format: TableFormat,
  language: Language,
): Promise<boolean> {
  const table = deliberationTable(deliberation, manifest, language);
  const callId = manifest.call.id;
  if (format === 'xlsx') {
    const { default: ExcelJS } = await import('exceljs');
    const bytes = await toXlsx(table, language === 'fr' ? 'Délibération' : 'Deliberation', ExcelJS);
    return bridge.saveFile(
      `${callId}-deliberation.xlsx`,
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
  }
  const csv = toCsv(table, format === 'csv-fr' ? 'excel-fr' : 'rfc4180');
  return bridge.saveFile(
    `${callId}-deliberation${format === 'csv-fr' ? '-excel-fr' : ''}.csv`,
    new Blob([csv], { type: 'text/csv' }),
  );
}

/** One button per spreadsheet staff may want: plain CSV, the CSV Excel opens in France, and XLSX. */
export function TableExportButtons({ onExport }: { onExport: (format: TableFormat) => void }) {
  const { t } = useI18n();
  return (
    <>
      {(['csv', 'csv-fr', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" className="button" onClick={() => onExport(format)}>
          {t(LABEL_KEYS[format])}
        </button>
      ))}
    </>
  );
}
