import { useState } from 'react';
import { useServices } from '@renderer/app/context';
import { Modal } from '@renderer/components/Modal';
import { eraseCall } from '@renderer/db/erase';
import { exportScoreFile } from '@renderer/features/scoring/export-scores';
import { useCallData } from '@renderer/features/scoring/use-call-data';
import { useI18n } from '@renderer/i18n';

/**
 * Erasing a call from this laptop: the juror's unexported work offered for export first, the call named in the
 * confirmation, then everything of it removed at once.
 */
export function EraseCall({
  callId,
  title,
  onClose,
  onErased,
}: {
  callId: string;
  title: string;
  onClose: () => void;
  /** Told, in the user's language, what was erased. */
  onErased: (sentence: string) => void;
}) {
  const { db, bridge, identity } = useServices();
  const { t, formatList } = useI18n();
  const data = useCallData(callId);
  const [exported, setExported] = useState<string | null>(null);
  const canExport = Boolean(data?.call.jurorId && identity && data.rows.some((row) => row.evaluation));

  async function exportFirst() {
    if (!data?.call.jurorId || !identity) return;
    const result = await exportScoreFile(db, bridge, {
      callId,
      jurorId: data.call.jurorId,
      manifest: data.manifest,
      manifestSha256: data.manifestSha256,
      publicKey: identity.publicKey,
    });
    if (result) setExported(result.record.fileName);
  }

  return (
    <Modal open onClose={onClose} title={t('erase.title', { call: title })} description={t('erase.body')}>
      {canExport && (
        <div className="erase__export">
          <p className={data?.unexported && !exported ? 'warning' : 'muted'}>
            {exported
              ? t('erase.exported', { fileName: exported })
              : data?.unexported
                ? t('erase.unexported')
                : t('erase.exportedBefore')}
          </p>
          {!exported && (
            <button type="button" className="button" onClick={() => void exportFirst()}>
              {t('erase.export')}
            </button>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() =>
            void eraseCall(db, callId).then((erased) =>
              onErased(
                t('erase.done', {
                  call: title,
                  what: formatList([
                    t('counts.applications', { count: erased.applications }),
                    t('counts.attachments', { count: erased.attachments }),
                    t('counts.evaluations', { count: erased.evaluations }),
                    t('counts.receivedScoreFiles', { count: erased.receivedScores }),
                  ]),
                }),
              ),
            )
          }
        >
          {t('erase.confirm', { call: title })}
        </button>
      </div>
    </Modal>
  );
}
