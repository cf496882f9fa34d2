import type { JurorCalibration } from '@core/jury';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { useI18n } from '@renderer/i18n';

/** Below this many shared applications, a juror's calibration rests on too little (docs/DESIGN.md §3). */
const FEW_SHARED = 3;

/** Each juror's leniency and spread against the panel, and a warning where two jurors share too few applications. */
export function CalibrationCard({
  calibrations,
  jurorLabel,
}: {
  calibrations: readonly JurorCalibration[];
  jurorLabel: (jurorId: string) => string;
}) {
  const { t, formatDecimal } = useI18n();
  const columns: Column<JurorCalibration>[] = [
    { key: 'juror', header: t('chair.juror'), rowHeader: true, cell: (row) => jurorLabel(row.jurorId) },
    {
      key: 'n',
      header: t('chair.n'),
      numeric: true,
      cell: (row) => (
        <>
          {row.evaluated}
          {row.leastShared && row.leastShared.count < FEW_SHARED && (
            <span className="warning-text">
              {' '}
              — {t('chair.fewShared', { count: row.leastShared.count, other: jurorLabel(row.leastShared.jurorId) })}
            </span>
          )}
        </>
      ),
    },
    { key: 'mean', header: t('chair.mean'), numeric: true, cell: (row) => formatDecimal(row.mean, 1) },
    {
      key: 'leniency',
      header: t('chair.leniency'),
      numeric: true,
      cell: (row) =>
        row.gapToPanel === null ? '—' : `${row.gapToPanel > 0 ? '+' : ''}${formatDecimal(row.gapToPanel, 1)}`,
    },
    { key: 'spread', header: t('chair.spread'), numeric: true, cell: (row) => formatDecimal(row.sd, 1) },
  ];
  return (
    <div className="card">
      <h3>{t('chair.calibration')}</h3>
      <p className="muted">{t('chair.calibrationIntro')}</p>
      <DataTable columns={columns} rows={calibrations} rowKey={(row) => row.jurorId} label={t('chair.calibration')} />
    </div>
  );
}
