import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { Modal } from '@renderer/components/Modal';
import { eraseEverything } from '@renderer/db/erase';
import { useI18n } from '@renderer/i18n';
import { KeyBackup } from './KeyBackup';

/**
 * Returning a laptop: the key backup offered first, the calls whose evaluations are in no exported file named, an
 * explicit confirmation, then every call, key and setting gone.
 */
export function EraseEverything({ onClose, onErased }: { onClose: () => void; onErased: () => void }) {
  const { db, bridge, setIdentity } = useServices();
  const { t, language, formatList } = useI18n();
  const [understood, setUnderstood] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const unexportedCalls = useLiveQuery(async () => {
    const titles: string[] = [];
    for (const call of await db.calls.toArray()) {
      if (!call.jurorId) continue;
      const lastExport = await db.exports.get([call.id, call.jurorId]);
      const changed = await db.evaluations
        .where('[callId+jurorId]')
        .equals([call.id, call.jurorId])
        .filter((evaluation) => !lastExport || evaluation.updatedAt > lastExport.exportedAt)
        .count();
      if (changed > 0) titles.push(labelText(call.title, language));
    }
    return titles;
  }, [db, language]);

  async function erase() {
    setFailure(null);
    try {
      await eraseEverything(db);
      await bridge.eraseKeys();
      setIdentity(null);
      onErased();
    } catch (error) {
      setFailure(failureText(error, language, t));
    }
  }

  return (
    <Modal open onClose={onClose} title={t('everything.dialogTitle')} description={t('everything.body')}>
      <h3>{t('everything.backupFirst')}</h3>
      <KeyBackup idPrefix="everything" />
      {unexportedCalls && unexportedCalls.length > 0 && (
        <p className="warning" role="note">
          {t('everything.unexported', { calls: formatList(unexportedCalls) })}
        </p>
      )}
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />{' '}
          {t('everything.understood')}
        </label>
      </p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={!understood} onClick={() => void erase()}>
          {t('everything.confirm')}
        </button>
      </div>
    </Modal>
  );
}
