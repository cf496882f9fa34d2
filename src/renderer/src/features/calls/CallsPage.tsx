import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { useBundleOpener } from './BundleOpener';
import { EraseCall } from './EraseCall';
import { retentionPassed } from './retention';
import { PageHeading } from '@renderer/components/PageHeading';

export function CallsPage({
  onOpenCall,
  onOpenDemo,
}: {
  onOpenCall: (callId: string) => void;
  onOpenDemo: () => void;
}) {
  const { db } = useServices();
  const { t, language, formatDate } = useI18n();
  const opener = useBundleOpener();
  const [erasing, setErasing] = useState<{ id: string; title: string } | null>(null);
  const [erasedMessage, setErasedMessage] = useState<string | null>(null);
  const calls = useLiveQuery(() => db.calls.orderBy('id').toArray(), [db]);
  const applicationCounts = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const call of await db.calls.toArray())
      counts.set(call.id, await db.applications.where('callId').equals(call.id).count());
    return counts;
  }, [db]);

  return (
    <section aria-labelledby="calls-title">
      <PageHeading id="calls-title" title={t('calls.title')} />
      <FileDropZone
        label={t('calls.open')}
        hint={t('calls.drop')}
        accept=".jurybundle"
        onFiles={([file]) => file && void opener.open(file)}
      />
      {calls && calls.length === 0 && (
        <div className="empty">
          <p>{t('calls.empty')}</p>
          <button type="button" className="button" onClick={onOpenDemo}>
            {t('calls.openDemo')}
          </button>
        </div>
      )}
      <p role="status" className="ok">
        {erasedMessage ?? ''}
      </p>
      <ul className="call-list">
        {calls?.map((call) => {
          const title = labelText(call.title, language);
          return (
            <li key={call.id} className="call-card">
              <div className="call-card__head">
                <h3>{title}</h3>
                {call.demo && <span className="badge">{t('calls.demoBadge')}</span>}
              </div>
              <p className="muted">
                {t('calls.version', { sequence: call.sequence })} ·{' '}
                {t('counts.applications', { count: applicationCounts?.get(call.id) ?? 0 })} ·{' '}
                {t('calls.issuer', { name: call.issuerName })}
              </p>
              <p className="muted">
                <code>{call.issuerFingerprint}</code>
              </p>
              {call.deleteAfter && retentionPassed(call.deleteAfter) && (
                <p className="warning" role="note">
                  {t('calls.retentionPassed', { date: formatDate(call.deleteAfter) })}
                </p>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => onOpenCall(call.id)}
                  aria-label={t('calls.openCall', { call: title })}
                >
                  {t('calls.openButton')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setErasing({ id: call.id, title })}
                  aria-label={t('erase.open', { call: title })}
                >
                  {t('erase.button')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {erasing && (
        <EraseCall
          callId={erasing.id}
          title={erasing.title}
          onClose={() => setErasing(null)}
          onErased={(sentence) => {
            setErasedMessage(sentence);
            setErasing(null);
          }}
        />
      )}
    </section>
  );
}
