import { type BundleContext, labelText, type Deliberation } from '@core/documents';
import { useI18n } from '@renderer/i18n';

/** A deliberation read-only: the score files it used, its decisions and minutes (with names when the bundle is known). */
export function DeliberationDetails({
  deliberation,
  bundle,
}: {
  deliberation: Deliberation;
  bundle: BundleContext | null;
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
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('verify.jurorColumn')}</th>
            <th scope="col">{t('verify.revisionColumn')}</th>
            <th scope="col">{t('verify.hashColumn')}</th>
            <th scope="col">{t('verify.keyColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {deliberation.inputs.map((input) => (
            <tr key={input.sha256}>
              <th scope="row">{jurorName(input.jurorId)}</th>
              <td>{input.revision}</td>
              <td>
                <code>{input.sha256.slice(0, 16)}…</code>
              </td>
              <td>
                <code>{input.fingerprint}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('verify.decisions')}</h4>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('verify.applicationColumn')}</th>
            <th scope="col">{t('verify.outcomeColumn')}</th>
            <th scope="col">{t('verify.rationaleColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {deliberation.decisions.map((decision) => (
            <tr key={decision.applicationId}>
              <th scope="row">{applicationName(decision.applicationId)}</th>
              <td>{outcomeLabel(decision.outcome)}</td>
              <td>{decision.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {deliberation.minutes && (
        <>
          <h4>{t('verify.minutes')}</h4>
          <p className="report__minutes">{deliberation.minutes}</p>
        </>
      )}
    </div>
  );
}
