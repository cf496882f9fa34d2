import { useState } from 'react';
import { failureText } from '@renderer/app/failures';
import { useServices } from '@renderer/app/context';
import type { Identity } from '@renderer/bridge';
import { TextField } from '@renderer/components/TextField';
import { KeyBackup } from '@renderer/features/identity/KeyBackup';
import { useI18n } from '@renderer/i18n';

/** Staff's key: made here or imported, its fingerprint shown large for jurors to compare, copied or printed. */
export function StaffKey({ staffKey, onKey }: { staffKey: Identity | null; onKey: (key: Identity) => void }) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function run(action: () => Promise<Identity | null>) {
    setMessage(null);
    try {
      const key = await action();
      if (key) onKey(key);
    } catch (error) {
      setMessage(failureText(error, language, t));
    }
  }

  if (staffKey) {
    return (
      <section className="card staff-key" aria-labelledby="staff-key-title">
        <h3 id="staff-key-title">{t('staff.keyTitle', { name: staffKey.name })}</h3>
        <p>{t('staff.keyIntro')}</p>
        <p className="fingerprint-large">
          <code>{staffKey.fingerprint}</code>
        </p>
        <div className="actions no-print">
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard?.writeText(staffKey.fingerprint).then(() => {
                setCopied(true);
                setTimeout(() => setCopied(false), 2000);
              })
            }
          >
            {copied ? t('identity.copied') : t('staff.copyFingerprint')}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('staff.printFingerprint')}
          </button>
        </div>
        <h4 className="no-print">{t('staff.backupTitle')}</h4>
        <div className="no-print">
          <KeyBackup idPrefix="staff-key" whose="staff" />
        </div>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="staff-key-title">
      <h3 id="staff-key-title">{t('staff.noKeyTitle')}</h3>
      <p>{t('staff.noKeyIntro')}</p>
      <TextField label={t('staff.teamName')} value={name} autoComplete="organization" onChange={setName} />
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={name.trim() === ''}
          onClick={() => void run(() => bridge.createStaffKey(name.trim()))}
        >
          {t('staff.makeKey')}
        </button>
      </div>
      <h4>{t('staff.importTitle')}</h4>
      <TextField
        label={t('staff.keyPassphrase')}
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={setPassphrase}
      />
      {bridge.keyFilesChosenBy === 'page' && (
        <p>
          <label className="field-label" htmlFor="staff-key-file">
            {t('staff.keyFile')}
          </label>
          <input id="staff-key-file" type="file" onChange={(event) => setKeyFile(event.target.files?.[0] ?? null)} />
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={bridge.keyFilesChosenBy === 'page' && !keyFile}
          onClick={() => void run(() => bridge.importStaffKey(passphrase, keyFile))}
        >
          {t('staff.importKey')}
        </button>
      </div>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
