import { useMemo } from 'react';
import { type BundleManifest, labelText } from '@core/documents';
import { outcomeLoads } from '@core/jury';
import type { DecisionRecord } from '@renderer/db/schema';
import { useI18n } from '@renderer/i18n';
import { DecisionList, type DecideRequest } from './DecisionList';
import { useDeliberation, type DeliberationInputs } from './use-deliberation';
import { ScoresByJurorExport, TableExportButtons } from '@renderer/features/verify/deliberation-tables';

export type { DecideRequest } from './DecisionList';

/** Who is in each outcome, against its capacity, as decisions are made. */
function OutcomeSummary({
  manifest,
  decisions,
  names,
}: {
  manifest: BundleManifest;
  decisions: readonly DecisionRecord[];
  names: ReadonlyMap<string, string>;
}) {
  const { t, language } = useI18n();
  return (
    <div className="outcome-summary" aria-live="polite">
      <h4>{t('deliberation.summary')}</h4>
      <ul>
        {outcomeLoads(manifest, decisions).map(({ outcome, count }) => (
          <li key={outcome.id}>
            <strong>{labelText(outcome.label, language)}</strong>{' '}
            <span className="muted">
              (
              {outcome.capacity !== undefined
                ? t('deliberation.places', { count, capacity: outcome.capacity })
                : t('deliberation.count', { count })}
              )
            </span>
            {' — '}
            {decisions
              .filter((decision) => decision.outcome === outcome.id)
              .map((decision) => names.get(decision.applicationId))
              .join(', ') || t('deliberation.none')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Decisions within capacities, with the live summary by outcome, and the minutes of the meeting. */
export function DecideView({ decide, ...inputs }: DeliberationInputs & { decide: DecideRequest | null }) {
  const { t } = useI18n();
  const deliberation = useDeliberation(inputs);
  const { callId, manifest, results } = inputs;
  const { decisions } = deliberation;
  const names = useMemo(
    () => new Map(manifest.applications.map((application) => [application.id, application.name])),
    [manifest],
  );
  const ordered = useMemo(() => [...results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)), [results]);
  return (
    <section className="card" aria-labelledby="deliberation-title">
      <h3 id="deliberation-title">{t('deliberation.title')}</h3>
      <p className="muted">{t('deliberation.intro')}</p>
      <OutcomeSummary manifest={manifest} decisions={decisions} names={names} />
      <DecisionList
        callId={callId}
        manifest={manifest}
        ordered={ordered}
        names={names}
        decisions={decisions}
        decide={decide}
      />
      <label className="field-label" htmlFor="minutes">
        {t('deliberation.minutes')}
      </label>
      <textarea
        id="minutes"
        className="text-area"
        rows={5}
        value={deliberation.minutes}
        onChange={(event) => deliberation.typeMinutes(event.target.value)}
      />
    </section>
  );
}

/** The signed deliberation (and whether it is out of date), staff's spreadsheets and the printed report. */
export function SignView({ onReport, ...inputs }: DeliberationInputs & { onReport: () => void }) {
  const { t, formatDateTime } = useI18n();
  const deliberation = useDeliberation(inputs);
  const { manifest } = inputs;
  const { decisions, record } = deliberation;
  const names = useMemo(
    () => new Map(manifest.applications.map((application) => [application.id, application.name])),
    [manifest],
  );
  return (
    <section className="card" aria-labelledby="sign-title">
      <h3 id="sign-title">{t('deliberation.signTitle')}</h3>
      <OutcomeSummary manifest={manifest} decisions={decisions} names={names} />
      <div className="actions">
        {deliberation.isChair ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={!inputs.uncertainty}
              aria-describedby={inputs.uncertainty ? undefined : 'sign-waits'}
              onClick={() => void deliberation.sign()}
            >
              {t('deliberation.sign')}
            </button>
            {!inputs.uncertainty && (
              <span id="sign-waits" className="muted">
                {t('uncertainty.signWaits')}
              </span>
            )}
          </>
        ) : (
          <p className="muted">{t('deliberation.notChair')}</p>
        )}
      </div>
      {deliberation.outOfDate && record && (
        <p className="warning" role="status">
          {t('deliberation.outOfDate', { revision: record.revision })}
        </p>
      )}
      {record?.exportedAt && (
        <p className="muted">
          {t('deliberation.lastSigned', {
            revision: record.revision,
            date: formatDateTime(record.exportedAt),
          })}
        </p>
      )}
      <p role="status" className="ok">
        {deliberation.message ?? ''}
      </p>
      {deliberation.failure && (
        <p className="field-error" role="alert">
          {deliberation.failure}
        </p>
      )}
      <h4>{t('deliberation.exports')}</h4>
      <div className="actions">
        <TableExportButtons
          what={t('deliberation.resultsTable')}
          onExport={(format) => void deliberation.exportTable(format)}
        />
        <button type="button" className="button" onClick={onReport}>
          {t('deliberation.report')}
        </button>
      </div>
      <ScoresByJurorExport onExport={(format) => void deliberation.exportScores(format)} />
    </section>
  );
}
