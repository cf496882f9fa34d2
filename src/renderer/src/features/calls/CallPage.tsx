import { labelText, rosterPlace } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { ApplicationList } from '@renderer/features/scoring/ApplicationList';
import { ExportPanel } from '@renderer/features/scoring/ExportPanel';
import { RestoreScores } from '@renderer/features/scoring/RestoreScores';
import { useCallData } from '@renderer/features/scoring/use-call-data';
import { BackLink } from '@renderer/components/BackLink';
import { PageHeading } from '@renderer/components/PageHeading';
import { DeclarationPanel, PendingDeclaration } from './DeclarationPanel';

export function CallPage({
  callId,
  onBack,
  onOpenApplication,
  onCompare,
  onChair,
}: {
  callId: string;
  onBack: () => void;
  onOpenApplication: (applicationId: string) => void;
  onCompare: (applicationIds: string[]) => void;
  onChair: () => void;
}) {
  const { db, identity } = useServices();
  const { t, language, formatList } = useI18n();
  const data = useCallData(callId);

  if (data === undefined) return null;
  if (data === null) {
    return (
      <p>
        <button type="button" className="button" onClick={onBack}>
          {t('call.back')}
        </button>
      </p>
    );
  }
  const { call, manifest, rows } = data;
  const me = call.jurorId ? manifest.jurors.find((juror) => juror.id === call.jurorId) : undefined;
  const place = identity ? rosterPlace(manifest, identity.publicKey) : null;
  const taken = manifest.jurors.filter((juror) => juror.publicKey).map((juror) => juror.name);

  return (
    <section aria-labelledby="call-title">
      <p>
        <BackLink label={t('call.back')} onBack={onBack} />
      </p>
      <PageHeading id="call-title" title={t('call.applications')} context={labelText(call.title, language)}>
        {labelText(call.title, language)}
      </PageHeading>
      <p className="muted">
        {call.organizer ? `${t('call.organizer', { organizer: call.organizer })} · ` : ''}
        {t('calls.version', { sequence: call.sequence })} · {t('counts.applications', { count: rows.length })}
      </p>
      {me ? (
        <div className="you-row">
          <p className="you">{t('call.you', { name: me.name, role: t(`role.${me.role}`) })}</p>
          {me.role === 'chair' && (
            <button type="button" className="button button--primary" onClick={onChair}>
              {t('chair.link')}
            </button>
          )}
        </div>
      ) : (
        <div className="card who" role="region" aria-labelledby="who-title">
          <h3 id="who-title">{t('call.whoTitle')}</h3>
          <p>{t('call.whoBody')}</p>
          {place && place.claimable.length === 0 && <p className="warning">{t('call.whoNone')}</p>}
          <div className="who-choices">
            {place?.claimable.map((juror) => (
              <button
                key={juror.id}
                type="button"
                className="button"
                onClick={() => void db.calls.update(callId, { jurorId: juror.id })}
              >
                {t('call.whoChoose', { name: juror.name })}
              </button>
            ))}
          </div>
          {taken.length > 0 && <p className="muted">{t('call.whoTaken', { names: formatList(taken) })}</p>}
        </div>
      )}
      {/* Version 0 only gathers declarations of interests: nothing is scored on it (docs/FORMATS.md §4). */}
      {manifest.sequence === 0 ? (
        <DeclarationPanel data={data} />
      ) : (
        <>
          {/* Interests ticked on version 0 and never sent stay to be sent: staff take a declaration on any version. */}
          <PendingDeclaration data={data} />
          <ExportPanel data={data} />
          <RestoreScores callId={callId} />
          <ApplicationList rows={rows} manifest={manifest} onOpen={onOpenApplication} onCompare={onCompare} />
        </>
      )}
    </section>
  );
}
