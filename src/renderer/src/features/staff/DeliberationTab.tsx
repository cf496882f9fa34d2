import { useState } from 'react';
import { labelText, type BundleContext, type VerifiedDeliberation } from '@core/documents';
import { describeFailure } from '@core/errors';
import { methodName } from '@core/jury';
import { useServices } from '@renderer/app/context';
import { DataTable } from '@renderer/components/DataTable';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { DeliberationDetails } from '@renderer/features/verify/DeliberationDetails';
import {
  saveDeliberationTable,
  saveScoresByJuror,
  ScoresByJurorExport,
  TableExportButtons,
} from '@renderer/features/verify/deliberation-tables';
import { ConfirmChair } from '@renderer/features/verify/VerifyFile';
import { useStandingFigures } from '@renderer/features/chair/RankStanding';
import { useI18n } from '@renderer/i18n';
import { ScoringProgress } from './ScoringProgress';
import { useReceivedDeliberation } from './use-received-deliberation';
import type { StaffCall } from './use-staff-call';

/** The deliberation on paper, for the file: ranking with the decisions, minutes, and every key involved. */
function DeliberationReport({
  verified,
  bundle,
  onClose,
}: {
  verified: VerifiedDeliberation;
  bundle: BundleContext;
  onClose: () => void;
}) {
  const { t, language, formatDate, formatDecimal } = useI18n();
  const figures = useStandingFigures();
  const { deliberation, signer } = verified;
  const { manifest } = bundle;
  const names = new Map(manifest.applications.map((application) => [application.id, application.name]));
  const outcomes = new Map(manifest.outcomes.map((outcome) => [outcome.id, labelText(outcome.label, language)]));
  const decisions = new Map(deliberation.decisions.map((decision) => [decision.applicationId, decision]));
  const ranked = [...deliberation.results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return (
    <article className="report" aria-labelledby="staff-report-title">
      <div className="report__actions no-print">
        <button type="button" className="button" onClick={onClose}>
          {t('staff.closeReport')}
        </button>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <h3 id="staff-report-title">
        {t('report.title')} — {labelText(manifest.call.title, language)}
      </h3>
      <p className="muted">
        {t('staff.reportLine', {
          sequence: manifest.sequence,
          revision: deliberation.revision,
          date: formatDate(deliberation.decidedAt),
          chair: deliberation.chair.name,
        })}
      </p>
      <p className="muted">
        {t('verify.fingerprint')} <code>{signer.fingerprint}</code> · {t('staff.manifestDigest')}{' '}
        <code>{bundle.manifestSha256}</code>
      </p>
      <DataTable
        caption={t('report.ranking', { method: t(`chair.methodName.${methodName(deliberation.method)}`) })}
        rows={ranked}
        rowKey={(result) => result.applicationId}
        columns={[
          { key: 'rank', header: t('chair.rank'), numeric: true, cell: (result) => result.rank ?? '—' },
          {
            key: 'name',
            header: t('chair.application'),
            rowHeader: true,
            cell: (result) => names.get(result.applicationId) ?? result.applicationId,
          },
          { key: 'n', header: t('chair.n'), numeric: true, cell: (result) => result.n },
          { key: 'mean', header: t('chair.mean'), numeric: true, cell: (result) => formatDecimal(result.mean, 2) },
          ...(deliberation.uncertainty
            ? [
                {
                  key: 'interval',
                  header: t('uncertainty.interval'),
                  numeric: true,
                  cell: (result: (typeof ranked)[number]) =>
                    figures.interval({ interval: result.rankInterval ?? null, selectedProbability: null }),
                },
                {
                  key: 'selected',
                  header: t('uncertainty.selected'),
                  numeric: true,
                  cell: (result: (typeof ranked)[number]) => figures.percent(result.selectedProbability),
                },
              ]
            : []),
          {
            key: 'outcome',
            header: t('verify.outcomeColumn'),
            cell: (result) => outcomes.get(decisions.get(result.applicationId)?.outcome ?? '') ?? '—',
          },
          {
            key: 'rationale',
            header: t('verify.rationaleColumn'),
            cell: (result) => decisions.get(result.applicationId)?.rationale ?? '',
          },
        ]}
      />
      <DeliberationDetails deliberation={deliberation} bundle={bundle} showDecisions={false} />
    </article>
  );
}

/** How many applications each outcome received, against its places: what staff announce first. */
function OutcomeCounts({ verified, bundle }: { verified: VerifiedDeliberation; bundle: BundleContext }) {
  const { t, language } = useI18n();
  const { decisions } = verified.deliberation;
  return (
    <ul className="outcome-counts">
      {bundle.manifest.outcomes.map((outcome) => {
        const count = decisions.filter((decision) => decision.outcome === outcome.id).length;
        const label = labelText(outcome.label, language);
        return (
          <li key={outcome.id}>
            {outcome.capacity === undefined
              ? t('staff.outcomeCount', { label, count })
              : t('staff.outcomeCountOf', { label, count, capacity: outcome.capacity })}
          </li>
        );
      })}
    </ul>
  );
}

/** Where staff receive the chair's deliberation: checked against the call they signed, read, and exported. */
export function DeliberationTab({ staff }: { staff: StaffCall }) {
  const { bridge } = useServices();
  const { t, language, formatDate } = useI18n();
  const { received, receive, confirmChair } = useReceivedDeliberation(staff);
  const [reporting, setReporting] = useState(false);
  const record = staff.record!;
  if (record.versions.length === 0) return <p className="empty">{t('staff.deliberationFirst')}</p>;
  if (reporting && received.step === 'valid')
    return (
      <DeliberationReport verified={received.verified} bundle={received.bundle} onClose={() => setReporting(false)} />
    );
  const unpinned = received.step === 'valid' && received.verified.pinnedBy === null;
  return (
    <div>
      <ScoringProgress staff={staff} />
      <h3>{t('staff.deliberationReceived')}</h3>
      <p className="muted">{t('staff.deliberationIntro')}</p>
      <FileDropZone
        label={t('staff.chooseDeliberation')}
        hint={t('staff.deliberationHint')}
        accept=".jurydelib"
        onFiles={([file]) => file && void receive(file)}
      />
      <div aria-live="polite">
        {received.step === 'checking' && <p>{t('staff.checkingDeliberation')}</p>}
        {received.step === 'invalid' && (
          <div className="result result--invalid" role="alert">
            <h3>{t('verify.invalid')}</h3>
            <p className="file-name">{received.fileName}</p>
            <p>{describeFailure(received.failure, language)}</p>
          </div>
        )}
        {received.step === 'valid' && (
          <div className={`result ${unpinned ? 'result--unconfirmed' : 'result--valid'}`} role="status">
            <h3>
              {unpinned
                ? t('verify.unconfirmedTitle')
                : t('staff.deliberationValid', { sequence: received.bundle.manifest.sequence })}
            </h3>
            <p className="file-name">{received.fileName}</p>
            {record.received && (
              <p className="muted">{t('staff.receivedAt', { date: formatDate(record.received.receivedAt) })}</p>
            )}
            {unpinned ? (
              <ConfirmChair verified={received.verified} onConfirm={() => void confirmChair(received.verified)} />
            ) : (
              <p className="muted">
                {t(received.verified.pinnedBy === 'roster' ? 'verify.pinnedByRoster' : 'verify.pinnedByConfirmation')}
              </p>
            )}
          </div>
        )}
      </div>
      {received.step === 'valid' && !unpinned && (
        <>
          <OutcomeCounts verified={received.verified} bundle={received.bundle} />
          <h3>{t('deliberation.exports')}</h3>
          <div className="actions">
            <TableExportButtons
              what={t('deliberation.resultsTable')}
              onExport={(format) =>
                void saveDeliberationTable(
                  bridge,
                  received.verified.deliberation,
                  received.bundle.manifest,
                  format,
                  language,
                )
              }
            />
            <button type="button" className="button" onClick={() => setReporting(true)}>
              {t('deliberation.report')}
            </button>
          </div>
          <ScoresByJurorExport
            onExport={(format) =>
              void saveScoresByJuror(bridge, received.verified.inputs, received.bundle.manifest, format, language)
            }
          />
          <DeliberationDetails deliberation={received.verified.deliberation} bundle={received.bundle} />
        </>
      )}
    </div>
  );
}
