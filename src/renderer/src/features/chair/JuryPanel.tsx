import type { BundleManifest, Juror } from '@core/documents';
import type { MergeReport, ReceivedFile } from '@core/jury';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { useI18n } from '@renderer/i18n';

/** Who sent what: each juror's file, revision and counts, their key, and the keys waiting for the chair's confirmation. */
export function JuryPanel({
  manifest,
  report,
  jurorLabel,
  onConfirm,
  projection,
  onProjection,
}: {
  manifest: BundleManifest;
  report: MergeReport;
  jurorLabel: (jurorId: string) => string;
  onConfirm: (jurorId: string, candidate: ReceivedFile) => void;
  /** The projector's switch, on the chair's desk only. */
  projection?: boolean;
  onProjection?: (projection: boolean) => void;
}) {
  const { t } = useI18n();
  const accepted = new Map(report.accepted.map((file) => [file.jurorId, file]));
  const allIds = manifest.applications.map((application) => application.id);
  // With assignments, a juror they leave out (a chair who does not score) has nothing to score, not everything.
  const assignedTo = (juror: Juror) =>
    manifest.assignments &&
    (manifest.assignments.find((assignment) => assignment.jurorId === juror.id)?.applicationIds ?? []);
  const scoresNothing = (juror: Juror) => assignedTo(juror)?.length === 0;
  const count = (juror: Juror, status: string) => {
    const file = accepted.get(juror.id);
    return file ? file.scoreFile.evaluations.filter((evaluation) => evaluation.status === status).length : '—';
  };
  const notDone = (juror: Juror) => {
    const file = accepted.get(juror.id);
    if (!file) return '—';
    const done = new Set(
      file.scoreFile.evaluations
        .filter((evaluation) => evaluation.status !== 'draft')
        .map((evaluation) => evaluation.applicationId),
    );
    // Remaining is what the juror may still score: an application they have a conflict with never will be.
    const conflicted = new Set(
      (manifest.conflicts ?? [])
        .filter((conflict) => conflict.jurorId === juror.id)
        .map((conflict) => conflict.applicationId),
    );
    return (assignedTo(juror) ?? allIds).filter((id) => !done.has(id) && !conflicted.has(id)).length;
  };
  const columns: Column<Juror>[] = [
    {
      key: 'juror',
      header: t('chair.juror'),
      rowHeader: true,
      cell: (juror) => (
        <>
          {jurorLabel(juror.id)} {juror.role === 'chair' && <span className="muted">({t('role.chair')})</span>}
        </>
      ),
    },
    {
      key: 'file',
      header: t('chair.file'),
      cell: (juror) =>
        accepted.has(juror.id) ? (
          t('chair.receivedFile')
        ) : scoresNothing(juror) ? (
          <span className="muted">{t('chair.nothingToScore')}</span>
        ) : (
          <span className="warning-text">{t('chair.missing')}</span>
        ),
    },
    { key: 'revision', header: t('chair.revision'), cell: (juror) => accepted.get(juror.id)?.revision ?? '—' },
    { key: 'complete', header: t('chair.complete'), cell: (juror) => count(juror, 'complete') },
    { key: 'draft', header: t('chair.draft'), cell: (juror) => count(juror, 'draft') },
    { key: 'recused', header: t('chair.recused'), cell: (juror) => count(juror, 'recused') },
    { key: 'notDone', header: t('chair.notDone'), cell: notDone },
    {
      key: 'notAssigned',
      header: t('chair.notAssigned'),
      cell: (juror) => (assignedTo(juror) ? allIds.length - assignedTo(juror)!.length : 0),
    },
    {
      key: 'key',
      header: t('chair.key'),
      cell: (juror) => (
        <JurorKey
          juror={juror}
          file={accepted.get(juror.id)}
          pending={report.unconfirmed.some((candidate) => candidate.jurorId === juror.id)}
        />
      ),
    },
  ];
  const jurorOf = new Map(manifest.jurors.map((juror) => [juror.id, juror]));
  return (
    <div className="card">
      <h3>{t('chair.panel')}</h3>
      <DataTable columns={columns} rows={manifest.jurors} rowKey={(juror) => juror.id} label={t('chair.panel')} />
      {/* Beneath the table, not in it: on a narrow screen the table scrolls, and these buttons must stay in view. */}
      {report.unconfirmed.length > 0 && (
        <ul className="confirm-keys">
          {report.unconfirmed.map((candidate) => (
            <li key={candidate.sha256} className="confirm-key">
              <p className="muted">
                {t('chair.confirmHint', { name: jurorOf.get(candidate.jurorId)?.name ?? candidate.jurorId })}
              </p>
              <button type="button" className="button" onClick={() => onConfirm(candidate.jurorId, candidate)}>
                {t('chair.confirm', { fingerprint: candidate.fingerprint })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {onProjection && (
        <label className="checkbox">
          <input type="checkbox" checked={projection} onChange={(event) => onProjection(event.target.checked)} />
          {t('chair.projection')}
        </label>
      )}
    </div>
  );
}

function JurorKey({ juror, file, pending }: { juror: Juror; file: ReceivedFile | undefined; pending: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {file && <code title={file.fingerprint}>{file.fingerprint.slice(0, 19)}…</code>}{' '}
      {file && <span className="muted">{juror.publicKey ? t('chair.rosterKey') : t('chair.confirmedKey')}</span>}
      {pending && <span className="warning-text">{t('chair.keyToConfirm')}</span>}
    </>
  );
}
