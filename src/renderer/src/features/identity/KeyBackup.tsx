import { useState } from 'react';
import { TextField } from '@renderer/components/TextField';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { useI18n } from '@renderer/i18n';

const MIN_PASSPHRASE = 12;

/** Writes the key as a passphrase-protected OpenSSH key, where the host can: on "My key" and before erasing everything. */
export function KeyBackup({ idPrefix }: { idPrefix: string }) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!bridge.canBackUpKey) return <p className="muted">{t('identity.unavailable')}</p>;

  const passphraseProblem =
    passphrase.length < MIN_PASSPHRASE
      ? t('identity.passphraseShort')
      : passphrase !== again
        ? t('identity.passphraseMismatch')
        : null;

  async function backUp() {
    setMessage(null);
    try {
      if (await bridge.exportKeyBackup(passphrase)) setMessage({ ok: true, text: t('identity.exported') });
    } catch (error) {
      setMessage({ ok: false, text: failureText(error, language, t) });
    }
  }

  return (
    <div className="key-backup" id={`${idPrefix}-backup`}>
      <p>{t('identity.backupIntro')}</p>
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
