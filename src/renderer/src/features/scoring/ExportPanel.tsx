import { useState } from 'react';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { failureText } from '@renderer/app/failures';
import { exportScoreFile } from './export-scores';
import type { CallData } from './use-call-data';

/** The juror's score file: export a new revision at any time, see the last one, and be warned of changes not yet in it. */
export function ExportPanel({ data }: { data: CallData }) {
  const { db, bridge, identity } = useServices();
  const { t, language, formatDateTime } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { call, lastExport, unexported } = data;

  if (!call.jurorId || !identity) return null;
  const jurorId = call.jurorId;

  async function run() {
    setBusy(true);
    setMessage(null);
    setFailure(null);
    try {
      const exported = await exportScoreFile(db, bridge, {
        callId: call.id,
        jurorId,
        manifest: data.manifest,
        manifestSha256: data.manifestSha256,
        publicKey: identity!.publicKey,
      });
      setMessage(
        exported
          ? t(exported.unchanged ? 'export.unchanged' : 'export.done', {
              revision: exported.record.revision,
              fileName: exported.record.fileName,
            })
          : t('export.cancelled'),
      );
    } catch (error) {
      setFailure(t('export.failed', { reason: failureText(error, language, t) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card export" aria-labelledby="export-title">
      <h3 id="export-title">{t('export.title')}</h3>
      <p>
        {lastExport
          ? t('export.last', { revision: lastExport.revision, date: formatDateTime(lastExport.exportedAt) })
          : t('export.never')}
      </p>
      {unexported && (
        <p className="warning" role="note">
          {t('export.unexported')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>
          {t('export.button')}
        </button>
      </div>
      <p role="status" className="ok">
        {message ?? ''}
      </p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
