import { LabelField } from '@renderer/components/LabelField';
import { TextField } from '@renderer/components/TextField';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/** The call itself: its id, title, organiser and description, who issues it, and when laptops must erase it. */
export function CallTab({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const description = staff.record!.description;
  const { call } = description;
  const today = new Date().toISOString().slice(0, 10);
  const deleteAfter = description.retention?.deleteAfter ?? '';
  return (
    <div className="form-grid">
      <TextField
        label={t('staff.callId')}
        hint={t('staff.callIdHint')}
        value={call.id}
        onChange={(id) => void staff.describe((current) => ({ ...current, call: { ...current.call, id } }))}
      />
      <LabelField
        label={t('staff.callTitle')}
        value={call.title}
        onChange={(title) => void staff.describe((current) => ({ ...current, call: { ...current.call, title } }))}
      />
      <TextField
        label={t('staff.organizer')}
        value={call.organizer ?? ''}
        onChange={(organizer) =>
          void staff.describe((current) => ({ ...current, call: { ...current.call, organizer } }))
        }
      />
      <LabelField
        label={t('staff.callDescription')}
        value={call.description}
        onChange={(text) =>
          void staff.describe((current) => ({ ...current, call: { ...current.call, description: text } }))
        }
      />
      <label className="field-label" htmlFor="staff-call-language">
        {t('staff.callLanguage')}
      </label>
      <select
        id="staff-call-language"
        value={call.language ?? 'fr'}
        onChange={(event) =>
          void staff.describe((current) => ({ ...current, call: { ...current.call, language: event.target.value } }))
        }
      >
        <option value="fr">Français</option>
        <option value="en">English</option>
      </select>
      <TextField
        label={t('staff.issuerName')}
        hint={t('staff.issuerNameHint')}
        value={description.issuer.name}
        onChange={(name) => void staff.describe((current) => ({ ...current, issuer: { name } }))}
      />
      <TextField
        label={t('staff.retention')}
        hint={t('staff.retentionHint')}
        type="date"
        min={today}
        value={deleteAfter}
        error={deleteAfter !== '' && deleteAfter < today ? t('staff.retentionPast') : undefined}
        onChange={(date) => void staff.describe((current) => ({ ...current, retention: { deleteAfter: date } }))}
      />
    </div>
  );
}
