import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { parseCallDescription } from '@core/calls';
import { describeFailure } from '@core/errors';
import { labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import type { Identity } from '@renderer/bridge';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { Modal } from '@renderer/components/Modal';
import { useI18n } from '@renderer/i18n';
import { createStaffCall, newDescription } from './staff-calls';
import { StaffKey } from './StaffKey';
import { PageHeading } from '@renderer/components/PageHeading';

/** The staff desk's first page: staff's key, the calls being prepared, and a new one from the template or a CALL.json. */
export function StaffHome({ onOpen }: { onOpen: (draftId: string) => void }) {
  const { db, bridge } = useServices();
  const { t, language, formatDate } = useI18n();
  const [staffKey, setStaffKey] = useState<Identity | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ draftId: string; title: string } | null>(null);
  const calls = useLiveQuery(() => db.staffCalls.orderBy('draftId').toArray(), [db]);
  useEffect(() => {
    void bridge.getStaffKey().then(setStaffKey);
  }, [bridge]);

  /** The draft, its spreadsheet and its copied attachments; bundles already sent are the jurors' own. */
  async function remove(draftId: string) {
    await db.transaction('rw', db.staffCalls, db.staffFiles, async () => {
      await db.staffFiles.where('draftId').equals(draftId).delete();
      await db.staffCalls.delete(draftId);
    });
    setDeleting(null);
  }

  async function openDescription(file: File) {
    setProblem(null);
    const description = await parseCallDescription(await file.text(), file.name);
    if (!description.ok) return setProblem(describeFailure(description.error, language));
    onOpen(await createStaffCall(db, description.value, { fromFile: true }));
  }

  return (
    <section aria-labelledby="staff-title">
      <PageHeading id="staff-title" title={t('staff.title')} />
      <p className="muted no-print">{t('staff.intro')}</p>
      {staffKey !== undefined && <StaffKey staffKey={staffKey} onKey={setStaffKey} />}
      <section className="card no-print" aria-labelledby="staff-calls-title">
        <h3 id="staff-calls-title">{t('staff.calls')}</h3>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              void createStaffCall(db, newDescription(language, staffKey?.name ?? '', new Date())).then(onOpen)
            }
          >
            {t('staff.newCall')}
          </button>
        </div>
        <FileDropZone
          label={t('staff.openDescription')}
          hint={t('staff.openDescriptionHint')}
          accept=".json"
          onFiles={([file]) => file && void openDescription(file)}
        />
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        {calls?.length === 0 && <p className="empty">{t('staff.noCalls')}</p>}
        <ul className="call-list">
          {[...(calls ?? [])]
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
            .map((call) => {
              const title = labelText(call.description.call.title, language) || call.description.call.id;
              const last = call.versions.at(-1);
              return (
                <li key={call.draftId} className="call-card">
                  <h4>{title}</h4>
                  <p className="muted">
                    {last
                      ? t('staff.lastVersion', { sequence: last.sequence, date: formatDate(last.issuedAt) })
                      : t('staff.notSigned')}
                  </p>
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => onOpen(call.draftId)}
                    aria-label={t('staff.openCall', { call: title })}
                  >
                    {t('staff.open')}
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setDeleting({ draftId: call.draftId, title })}
                  >
                    {t('staff.deleteCall', { call: title })}
                  </button>
                </li>
              );
            })}
        </ul>
      </section>
      <Modal
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('staff.deleteTitle', { call: deleting?.title ?? '' })}
        description={t('staff.deleteBody')}
      >
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setDeleting(null)}>
            {t('action.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => deleting && void remove(deleting.draftId)}
          >
            {t('staff.deleteConfirm')}
          </button>
        </div>
      </Modal>
    </section>
  );
}
