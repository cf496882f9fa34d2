import type { Coverage } from '@core/calls';
import { DataTable } from '@renderer/components/DataTable';
import { useI18n } from '@renderer/i18n';

/**
 * What the assignment gives the calibration, in words (docs/METHODS.md, "Assignments for calibration"): the bias
 * model compares two jurors through the applications that link them, so staff see before anyone scores whether
 * every pair is linked, how many are not, and whether the jury holds together at all.
 */
export function CoverageSummary({ coverage, nameOf }: { coverage: Coverage; nameOf: (jurorId: string) => string }) {
  const { t } = useI18n();
  const reviewing = new Set(coverage.loads.filter((load) => load.count > 0).map((load) => load.jurorId));
  const fewestSharedBy = (jurorId: string) =>
    coverage.pairs
      .filter((pair) => (pair.a === jurorId || pair.b === jurorId) && reviewing.has(pair.a) && reviewing.has(pair.b))
      .reduce((fewest, pair) => Math.min(fewest, pair.shared), Infinity);
  return (
    <>
      {coverage.groups.length > 1 ? (
        <p className="warning" role="note">
          {t('staff.disconnected', { count: coverage.groups.length })}
        </p>
      ) : coverage.pairsReviewing === 0 ? null : coverage.pairsSharingNone === 0 ? (
        <p role="note">{t('staff.everyPairLinked', { count: coverage.fewestShared })}</p>
      ) : (
        <p role="note">
          {t('staff.somePairsApart', { count: coverage.pairsSharingNone, pairs: coverage.pairsReviewing })}
        </p>
      )}
      <DataTable
        caption={t('staff.coverage')}
        rows={coverage.loads}
        rowKey={(load) => load.jurorId}
        columns={[
          { key: 'juror', header: t('chair.juror'), rowHeader: true, cell: (load) => nameOf(load.jurorId) },
          {
            key: 'count',
            header: t('staff.assignedCount'),
            numeric: true,
            cell: (load) => (load.count > 0 ? load.count : <span className="muted">{t('staff.outOfDraw')}</span>),
          },
          {
            key: 'shared',
            header: t('staff.leastShared'),
            numeric: true,
            cell: (load) => {
              const fewest = fewestSharedBy(load.jurorId);
              return reviewing.has(load.jurorId) && Number.isFinite(fewest) ? fewest : '—';
            },
          },
        ]}
      />
    </>
  );
}
