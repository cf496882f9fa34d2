import { useState } from 'react';
import { TextField } from '@renderer/components/TextField';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { useI18n } from '@renderer/i18n';

const MIN_PASSPHRASE = 12;

/**
 * Writes a key as a passphrase-protected OpenSSH key, where the host can: the juror's on "My key" and before erasing
 * everything, staff's on the staff desk.
 */
export function KeyBackup({ idPrefix, whose = 'juror' }: { idPrefix: string; whose?: 'juror' | 'staff' }) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const staff = whose === 'staff';
  if (!(staff ? bridge.canBackUpStaffKey : bridge.canBackUpKey))
    return <p className="muted">{t(staff ? 'staff.backupUnavailable' : 'identity.unavailable')}</p>;

  const passphraseProblem =
    passphrase.length < MIN_PASSPHRASE
      ? t('identity.passphraseShort')
      : passphrase !== again
        ? t('identity.passphraseMismatch')
        : null;

  async function backUp() {
    setMessage(null);
    try {
      const saved = await (staff ? bridge.exportStaffKeyBackup(passphrase) : bridge.exportKeyBackup(passphrase));
      if (saved) setMessage({ ok: true, text: t('identity.exported') });
    } catch (error) {
      setMessage({ ok: false, text: failureText(error, language, t) });
    }
  }

  return (
    <div className="key-backup" id={`${idPrefix}-backup`}>
      <p>{t(staff ? 'staff.backupIntro' : 'identity.backupIntro')}</p>
      {bridge.kind === 'browser' && <p className="warning">{t('identity.browserBackupNow')}</p>}
      <TextField
        label={t('identity.passphrase')}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={setPassphrase}
      />
      <TextField
        label={t('identity.passphraseConfirm')}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
      />
      {passphrase !== '' && passphraseProblem && <p className="muted">{passphraseProblem}</p>}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={passphraseProblem !== null}
          onClick={() => void backUp()}
        >
          {t('identity.export')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'ok' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
