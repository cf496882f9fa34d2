import { useState } from 'react';
import { TextField } from '@renderer/components/TextField';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/** Conflicts of interest staff declare: a juror, an application, a reason; that juror cannot score it. */
export function ConflictsEditor({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const { description, declarations = [] } = staff.record!;
  const declared = (conflict: { jurorId: string; applicationId: string }) =>
    declarations.some((d) => d.jurorId === conflict.jurorId && d.added.includes(conflict.applicationId));
  const applications = staff.mapped?.applications ?? [];
  const conflicts = description.conflicts ?? [];
  const [jurorId, setJurorId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [reason, setReason] = useState('');
  const name = (id: string) => description.jurors.find((juror) => juror.id === id)?.name ?? id;
  const application = (id: string) => applications.find((candidate) => candidate.id === id)?.name ?? id;
  return (
    <>
      <ul>
        {conflicts.map((conflict, index) => (
          <li key={`${conflict.jurorId}-${conflict.applicationId}`}>
            {t('staff.conflictLine', {
              juror: name(conflict.jurorId),
              application: application(conflict.applicationId),
            })}
            {conflict.reason ? ` — ${conflict.reason}` : ''}
            {declared(conflict) ? ` (${t('staff.conflictDeclared')})` : ''}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void staff.describe((current) => ({
                  ...current,
                  conflicts: (current.conflicts ?? []).filter((_, at) => at !== index),
                }))
              }
            >
              {t('staff.removeConflict')}
            </button>
          </li>
        ))}
      </ul>
      <div className="filters">
        <div className="filter">
          <label htmlFor="conflict-juror">{t('chair.juror')}</label>
          <select id="conflict-juror" value={jurorId} onChange={(event) => setJurorId(event.target.value)}>
            <option value="">{t('staff.chooseJuror')}</option>
            {description.jurors.map((juror) => (
              <option key={juror.id} value={juror.id}>
                {juror.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="conflict-application">{t('chair.application')}</label>
          <select
            id="conflict-application"
            value={applicationId}
            onChange={(event) => setApplicationId(event.target.value)}
          >
            <option value="">{t('staff.chooseApplication')}</option>
            {applications.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('staff.conflictReason')} value={reason} onChange={setReason} />
        <button
          type="button"
          className="button"
          disabled={
            !jurorId ||
            !applicationId ||
            conflicts.some((c) => c.jurorId === jurorId && c.applicationId === applicationId)
          }
          onClick={() => {
            void staff.describe((current) => ({
              ...current,
              conflicts: [
                ...(current.conflicts ?? []),
                { jurorId, applicationId, ...(reason.trim() ? { reason: reason.trim() } : {}) },
              ],
            }));
            setReason('');
          }}
        >
          {t('staff.addConflict')}
        </button>
      </div>
    </>
  );
}
