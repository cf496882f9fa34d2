import { type BundleContext, labelText, type Deliberation } from '@core/documents';
import { DataTable } from '@renderer/components/DataTable';
import { useI18n } from '@renderer/i18n';

/** A deliberation read-only: the score files it used, its decisions and minutes (with names when the bundle is known). */
export function DeliberationDetails({
  deliberation,
  bundle,
  showDecisions = true,
}: {
  deliberation: Deliberation;
  bundle: BundleContext | null;
  /** Off where the decisions are shown already, beside the ranking. */
  showDecisions?: boolean;
}) {
  const { t, language } = useI18n();
  const applicationName = (id: string) =>
    bundle?.manifest.applications.find((application) => application.id === id)?.name ?? id;
  const outcomeLabel = (id: string) => {
    const outcome = bundle?.manifest.outcomes.find((candidate) => candidate.id === id);
    return outcome ? labelText(outcome.label, language) : id;
  };
  const jurorName = (id: string) => bundle?.manifest.jurors.find((juror) => juror.id === id)?.name ?? id;
  return (
    <div className="deliberation-details">
      <h4>{t('verify.inputs')}</h4>
      <DataTable
        label={t('verify.inputs')}
        rows={deliberation.inputs}
        rowKey={(input) => input.sha256}
        columns={[
          { key: 'juror', header: t('verify.jurorColumn'), rowHeader: true, cell: (input) => jurorName(input.jurorId) },
          { key: 'revision', header: t('verify.revisionColumn'), cell: (input) => input.revision },
          { key: 'hash', header: t('verify.hashColumn'), cell: (input) => <code>{input.sha256.slice(0, 16)}…</code> },
          { key: 'key', header: t('verify.keyColumn'), cell: (input) => <code>{input.fingerprint}</code> },
        ]}
      />
      {showDecisions && (
        <>
          <h4>{t('verify.decisions')}</h4>
          <DataTable
            label={t('verify.decisions')}
            rows={deliberation.decisions}
            rowKey={(decision) => decision.applicationId}
            columns={[
              {
                key: 'application',
                header: t('verify.applicationColumn'),
                rowHeader: true,
                cell: (decision) => applicationName(decision.applicationId),
              },
              { key: 'outcome', header: t('verify.outcomeColumn'), cell: (decision) => outcomeLabel(decision.outcome) },
              { key: 'rationale', header: t('verify.rationaleColumn'), cell: (decision) => decision.rationale },
            ]}
          />
        </>
      )}
      {deliberation.minutes && (
        <>
          <h4>{t('verify.minutes')}</h4>
          <p className="report__minutes">{deliberation.minutes}</p>
        </>
      )}
    </div>
  );
}
