import { useState } from 'react';
import { TextField } from '@renderer/components/TextField';
import type { Identity } from '@renderer/bridge';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { useI18n } from '@renderer/i18n';

/**
 * Brings a key back from its passphrase-protected backup (or any OpenSSH Ed25519 key): on a new laptop, at first
 * launch, and on "My key". The desktop asks for the file in its own dialog; a browser takes it here.
 */
export function KeyRestore({ onRestored, idPrefix }: { onRestored: (identity: Identity) => void; idPrefix: string }) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInputId = `${idPrefix}-key-file`;

  async function restore() {
    setProblem(null);
    setBusy(true);
    try {
      const restored = await bridge.restoreKeyBackup(passphrase, file);
      if (restored) onRestored(restored);
    } catch (error) {
      setProblem(failureText(error, language, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="key-restore">
      {bridge.keyFilesChosenBy === 'page' && (
        <p>
          <label className="field-label" htmlFor={fileInputId}>
            {t('identity.backupFile')}
          </label>
          <input id={fileInputId} type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </p>
      )}
      <TextField
        label={t('identity.backupPassphrase')}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
      />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || (bridge.keyFilesChosenBy === 'page' && !file)}
          onClick={() => void restore()}
        >
          {t('identity.restore')}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
