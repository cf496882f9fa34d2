import { useState } from 'react';
import { parsePublicKey, samePublicKey } from '@core/crypto';
import type { Identity } from '@renderer/bridge';
import { TextField } from '@renderer/components/TextField';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/**
 * The explicit step when the key at hand is not the one the call was published with: staff say the call changes
 * hands, and why. The next version then names the previous key, and each juror's laptop asks them to compare the
 * new fingerprint with staff before taking it (docs/FORMATS.md §4, `handover`).
 */
export function HandoverChoice({ staff, staffKey }: { staff: StaffCall; staffKey: Identity }) {
  const { t } = useI18n();
  const record = staff.record!;
  const previous = record.versions.at(-1);
  const [reason, setReason] = useState(record.handover?.reason ?? '');
  if (
    !previous ||
    samePublicKey(parsePublicKey(previous.manifest.issuer.publicKey), parsePublicKey(staffKey.publicKey))
  )
    return null;
  const save = (handover: { reason?: string } | null) =>
    void staff.update(({ handover: _previous, ...draft }) => (handover ? { ...draft, handover } : draft));
  const withReason = (text: string) => (text.trim() ? { reason: text.trim() } : {});
  return (
    <fieldset className="card handover">
      <legend>{t('staff.handoverTitle')}</legend>
      <p>{t('staff.handoverIntro', { sequence: previous.sequence + 1, fingerprint: staffKey.fingerprint })}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={record.handover !== undefined}
          onChange={(event) => save(event.target.checked ? withReason(reason) : null)}
        />
        {t('staff.handoverConfirm', { sequence: previous.sequence + 1 })}
      </label>
      {record.handover !== undefined && (
        <TextField
          label={t('staff.handoverReason')}
          hint={t('staff.handoverReasonHint')}
          value={reason}
          onChange={(text) => {
            setReason(text);
            save(withReason(text));
          }}
        />
      )}
    </fieldset>
  );
}
