import { useLiveQuery } from 'dexie-react-hooks';
import { labelText } from '@core/documents';
import { criterionMeans, methodName } from '@core/jury';
import { DataTable } from '@renderer/components/DataTable';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { RadarView } from '@renderer/features/scoring/RadarView';
import { useDecisions } from './use-deliberation';
import { useMerge } from './use-merge';
import { BackLink } from '@renderer/components/BackLink';
import { PageHeading } from '@renderer/components/PageHeading';

/** The deliberation on paper: ranking, a radar per selected application, decisions, minutes and every key involved. */
export function ReportPage({ callId, onBack }: { callId: string; onBack: () => void }) {
  const { db, bridge, identity } = useServices();
  const { t, language, formatDecimal, formatDateTime } = useI18n();
  // The method recommended for this jury: the one the desk opens with and the deliberation records unless changed.
  const merge = useMerge(callId, {});
  const decisions = useDecisions(callId);
  const deliberation = useLiveQuery(() => db.deliberations.get(callId), [db, callId]);
  const call = useLiveQuery(() => db.calls.get(callId), [db, callId]);
  if (!merge || !call) return null;
  const { manifest, results, report } = merge;
  const names = new Map(manifest.applications.map((application) => [application.id, application.name]));
  const selectedOutcomes = new Set(
    manifest.outcomes.filter((outcome) => outcome.kind === 'selected').map((outcome) => outcome.id),
  );
  const selected = decisions.filter((decision) => selectedOutcomes.has(decision.outcome));
  const jurorName = (id: string) => manifest.jurors.find((juror) => juror.id === id)?.name ?? id;
  const outcomeOf = (applicationId: string) => {
    const decision = decisions.find((candidate) => candidate.applicationId === applicationId);
    const outcome = manifest.outcomes.find((candidate) => candidate.id === decision?.outcome);
    return outcome ? labelText(outcome.label, language) : '';
  };

  return (
    <article className="report" aria-labelledby="report-title">
      <div className="report__actions no-print">
        <BackLink label={t('report.back')} onBack={onBack} />
        <button
          type="button"
          className="button button--primary"
          onClick={() => void bridge.saveReportPdf(`${callId}-deliberation-report.pdf`)}
        >
          {bridge.kind === 'desktop' ? t('report.savePdf') : t('report.print')}
        </button>
      </div>
      <PageHeading id="report-title" title={t('report.title')} context={labelText(manifest.call.title, language)}>
        {t('report.title')} — {labelText(manifest.call.title, language)}
      </PageHeading>
      <p className="muted">
        {t('calls.version', { sequence: manifest.sequence })} ·{' '}
        {t('report.generated', {
          date: formatDateTime(new Date()),
        })}
      </p>

      <h3>{t('report.ranking', { method: t(`chair.methodName.${methodName(merge.method)}`) })}</h3>
      <DataTable
        label={t('report.ranking', { method: t(`chair.methodName.${methodName(merge.method)}`) })}
        rows={[...results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))}
        rowKey={(result) => result.applicationId}
        columns={[
          { key: 'rank', header: t('chair.rank'), cell: (result) => result.rank ?? '—' },
          {
            key: 'name',
            header: t('chair.application'),
            rowHeader: true,
            cell: (result) => names.get(result.applicationId),
          },
          { key: 'n', header: t('chair.n'), numeric: true, cell: (result) => result.n },
          { key: 'mean', header: t('chair.mean'), numeric: true, cell: (result) => formatDecimal(result.mean, 2) },
          {
            key: 'median',
            header: t('chair.median'),
            numeric: true,
            cell: (result) => formatDecimal(result.median, 2),
          },
          { key: 'sd', header: t('chair.sd'), numeric: true, cell: (result) => formatDecimal(result.sd, 2) },
          { key: 'outcome', header: t('deliberation.title'), cell: (result) => outcomeOf(result.applicationId) },
        ]}
      />

      <h3>{t('report.decisions')}</h3>
      {manifest.outcomes.map((outcome) => {
        const inOutcome = decisions.filter((decision) => decision.outcome === outcome.id);
        if (inOutcome.length === 0) return null;
        return (
          <section key={outcome.id} className="report__outcome">
            <h4>
              {labelText(outcome.label, language)} ({inOutcome.length}
              {outcome.capacity !== undefined ? ` / ${outcome.capacity}` : ''})
            </h4>
            <dl>
              {inOutcome.map((decision) => (
                <div key={decision.applicationId}>
                  <dt>{names.get(decision.applicationId)}</dt>
                  <dd>{decision.rationale || '—'}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}

      {selected.length > 0 && <h3>{t('report.selected')}</h3>}
      <div className="report__radars">
        {selected.map((decision) => {
          const result = results.find((candidate) => candidate.applicationId === decision.applicationId);
          if (!result) return null;
          return (
            <RadarView
              key={decision.applicationId}
              criteria={manifest.criteria}
              showScaleMaximum
              title={names.get(decision.applicationId) ?? decision.applicationId}
              series={[
                {
                  id: decision.applicationId,
                  name: t('chair.panelMean'),
                  scores: criterionMeans(manifest.criteria, result),
                },
              ]}
            />
          );
        })}
      </div>

      {deliberation?.minutes && (
        <>
          <h3>{t('report.minutes')}</h3>
          <p className="report__minutes">{deliberation.minutes}</p>
        </>
      )}

      <h3>{t('report.signers')}</h3>
      <dl className="facts-list">
        <dt>{t('report.issuer')}</dt>
        <dd>
          {call.issuerName} — <code>{call.issuerFingerprint}</code>
        </dd>
        {report.accepted.map((file) => (
          <div key={file.sha256} className="facts-list__row">
            <dt>{t('report.juror', { name: jurorName(file.jurorId), revision: file.revision })}</dt>
            <dd>
              <code>{file.fingerprint}</code>
            </dd>
          </div>
        ))}
        {identity && (
          <>
            <dt>{t('report.chair')}</dt>
            <dd>
              {identity.name} — <code>{identity.fingerprint}</code>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
