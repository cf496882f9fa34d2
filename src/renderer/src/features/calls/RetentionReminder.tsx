import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { EraseCall } from './EraseCall';
import { retentionPassed } from './retention';

/**
 * At launch, the calls whose bundle's `retention.deleteAfter` has passed, each with the way to erase it; put off
 * until the next launch at most.
 */
export function RetentionReminder() {
  const { db } = useServices();
  const { t, language, formatDate } = useI18n();
  const [later, setLater] = useState(false);
  const [erasing, setErasing] = useState<{ id: string; title: string } | null>(null);
  const [erased, setErased] = useState<string | null>(null);
  const due = useLiveQuery(
    async () => (await db.calls.toArray()).filter((call) => call.deleteAfter && retentionPassed(call.deleteAfter)),
    [db],
  );
  if (later || !due) return null;
  if (due.length === 0)
    return erased ? (
      <p className="ok" role="status">
        {erased}
      </p>
    ) : null;
  return (
    <section className="card warning retention-reminder" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title', { count: due.length })}</h2>
      <ul className="retention-list">
        {due.map((call) => {
          const title = labelText(call.title, language);
          return (
            <li key={call.id}>
              {t('retention.line', { call: title, date: formatDate(call.deleteAfter!) })}{' '}
              <button
                type="button"
                className="button"
                aria-label={t('erase.open', { call: title })}
                onClick={() => setErasing({ id: call.id, title })}
              >
                {t('erase.button')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={() => setLater(true)}>
        {t('retention.later')}
      </button>
      {erasing && (
        <EraseCall
          callId={erasing.id}
          title={erasing.title}
          onClose={() => setErasing(null)}
          onErased={(sentence) => {
            setErased(sentence);
            setErasing(null);
          }}
        />
      )}
    </section>
  );
}
