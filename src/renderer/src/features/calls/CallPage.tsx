import { useLiveQuery } from 'dexie-react-hooks';
import { labelText } from '../../../../core/formats/common';
import { rosterPlace } from '../../../../core/roster';
import { useServices } from '../../app/context';
import { useI18n } from '../../i18n';

/** `min2` groups digits only from five on, so that a year stays 2019 while a revenue reads 12 500. */
function fieldText(value: string | number | boolean, locale: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(locale, { useGrouping: 'min2' }).format(value) : String(value);
}

export function CallPage({ callId, onBack }: { callId: string; onBack: () => void }) {
  const { db, identity } = useServices();
  const { t, language, locale } = useI18n();
  const data = useLiveQuery(async () => {
    const call = await db.calls.get(callId);
    if (!call) return null;
    const bundle = await db.bundles.get(call.bundleSha256);
    const applications = await db.applications.where('callId').equals(callId).sortBy('position');
    return { call, manifest: bundle?.manifest, applications };
  }, [db, callId]);

  if (data === undefined) return null;
  if (data === null || !data.manifest) {
    return (
      <p>
        <button type="button" className="button" onClick={onBack}>
          {t('call.back')}
        </button>
      </p>
    );
  }
  const { call, manifest, applications } = data;
  const me = call.jurorId ? manifest.jurors.find((juror) => juror.id === call.jurorId) : undefined;
  const place = identity ? rosterPlace(manifest, identity.publicKey) : null;
  const taken = manifest.jurors.filter((juror) => juror.publicKey).map((juror) => juror.name);

  return (
    <section aria-labelledby="call-title">
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          ← {t('call.back')}
        </button>
      </p>
      <h2 id="call-title">{labelText(call.title, language)}</h2>
      <p className="muted">
        {call.organizer ? `${t('call.organizer', { organizer: call.organizer })} · ` : ''}
        {t('calls.version', { sequence: call.sequence })}
      </p>
      {me ? (
        <p className="you">{t('call.you', { name: me.name, role: t(`role.${me.role}`) })}</p>
      ) : (
        <div className="card who" role="region" aria-labelledby="who-title">
          <h3 id="who-title">{t('call.whoTitle')}</h3>
          <p>{t('call.whoBody')}</p>
          {place && place.claimable.length === 0 && <p className="warning">{t('call.whoNone')}</p>}
          <div className="who-choices">
            {place?.claimable.map((juror) => (
              <button key={juror.id} type="button" className="button" onClick={() => void db.calls.update(callId, { jurorId: juror.id })}>
                {t('call.whoChoose', { name: juror.name })}
              </button>
            ))}
          </div>
          {taken.length > 0 && <p className="muted">{t('call.whoTaken', { names: taken.join(', ') })}</p>}
        </div>
      )}
      <h3>
        {t('call.applications')} <span className="muted">({t('call.count', { count: applications.length })})</span>
      </h3>
      <ul className="application-list">
        {applications.map(({ application }) => (
          <li key={application.id} className="application-row">
            <div>
              <strong>{application.name}</strong> <span className="muted">{application.id}</span>
            </div>
            {application.summary && <p className="summary">{application.summary}</p>}
            <p className="muted facts">
              {Object.values(application.fields ?? {})
                .map((value) => fieldText(value, locale))
                .join(' · ')}
              {(application.attachments?.length ?? 0) > 0 && ` · ${t('call.attachments', { count: application.attachments?.length ?? 0 })}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
